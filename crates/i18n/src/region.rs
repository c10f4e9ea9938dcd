//! The device's region, for how English writes a date and a time. English is the one
//! language here whose regions disagree: the United States put the month first and count
//! twelve hours ("Thu, Nov 26, 9:00 PM"), Australia keeps the day first with twelve hours
//! ("Thu 26 Nov, 9:00 pm"), Britain and most others the day first with 24 ("Thu 26 Nov,
//! 21:00"). German writes the day first and 24 hours in every region. The lists below are
//! CLDR's for English in that region (read from Node's ICU; the page's unit tests check
//! Node's `Intl` against the same cases, the webview has the system's ICU). Where CLDR's
//! English differs in detail (Australia's "Thu, 26 Nov", the Emirates' "PM"), the app
//! writes the British form with its hours.

use std::sync::atomic::{AtomicU16, Ordering};

use crate::Language;

/// Regions whose English counts twelve hours ("9:00 pm").
const TWELVE_HOUR: &[&str] = &[
    "AE", "AG", "AS", "AU", "BB", "BM", "BS", "CA", "CY", "DM", "ER", "FJ", "FM", "GD", "GH", "GM", "GU", "GY", "HK",
    "IN", "JM", "KI", "KN", "KY", "LC", "LR", "LS", "MH", "MO", "MP", "MW", "MY", "NA", "NZ", "PG", "PH", "PK", "PR",
    "PW", "SB", "SD", "SG", "SL", "SS", "SZ", "TC", "TO", "TT", "UM", "US", "VC", "VG", "VI", "VU", "WS", "ZM",
];

/// Regions whose English puts the month before the day ("Nov 26").
const MONTH_FIRST: &[&str] = &["AS", "BI", "CA", "GU", "JP", "MH", "MP", "PH", "PR", "UM", "US", "VI"];

/// Regions with German among their languages, for the fields' locale.
const GERMAN_SPEAKING: &[&str] = &["AT", "BE", "CH", "DE", "IT", "LI", "LU"];

/// A country or territory, as a locale names it ("US" in `en_US.UTF-8`); `None` when the
/// device names none (`C.UTF-8`), which writes as Britain does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Region(Option<[u8; 2]>);

/// How a language writes a moment in a region: the order of day and month, and the hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Habits {
    pub month_first: bool,
    pub twelve_hour: bool,
}

/// The region this process writes dates for (see [`Region::current`]); 0 is none.
static CURRENT: AtomicU16 = AtomicU16::new(0);

impl Region {
    pub const NONE: Region = Region(None);

    /// The region of a two-letter code ("US", "de" → "DE"); none for anything else.
    pub fn of_code(code: &str) -> Region {
        match code.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Region(Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Region::NONE,
        }
    }

    /// The region a locale name gives: "en_US.UTF-8", "de-AT", "en_GB@euro" → its region;
    /// "C.UTF-8", "de" → none.
    pub fn of_locale(name: &str) -> Region {
        let name = name.split(['.', '@']).next().unwrap_or("");
        let mut parts = name.split(['_', '-']).skip(1);
        // "zh-Hant-TW": a script may stand before the region.
        parts.find(|p| p.len() == 2).map_or(Region::NONE, Region::of_code)
    }

    /// The region this device writes times for: `LC_ALL`, else `LC_TIME`, else `LANG`, the
    /// order the C library reads them in. (How Linux desktops say it; macOS, Windows and
    /// phones, not built here, state it elsewhere.)
    pub fn of_system() -> Region {
        Self::of_environment(|name| std::env::var(name).ok())
    }

    /// [`Region::of_system`] over any environment (for tests).
    pub fn of_environment(var: impl Fn(&str) -> Option<String>) -> Region {
        ["LC_ALL", "LC_TIME", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .map_or(Region::NONE, |v| Region::of_locale(&v))
    }

    /// The two letters, if the device named a region.
    pub fn code(&self) -> Option<&str> {
        self.0.as_ref().and_then(|c| std::str::from_utf8(c).ok())
    }

    /// How `language` writes a moment here. The pseudo-locale is British English, accented,
    /// wherever the device is: it tests the text, not the region.
    pub fn habits(self, language: Language) -> Habits {
        let listed = |list: &[&str]| self.code().is_some_and(|c| list.contains(&c));
        match language {
            Language::English => Habits {
                month_first: listed(MONTH_FIRST),
                twelve_hour: listed(TWELVE_HOUR),
            },
            Language::German | Language::Pseudo => Habits {
                month_first: false,
                twelve_hour: false,
            },
        }
    }

    /// The tag the page formats its own dates with (`Intl.DateTimeFormat`), so they read as
    /// Rust writes them: "en-US" where English puts the month first, "en-GB" elsewhere; the
    /// language's own tag otherwise ("de", "en-XA").
    pub fn dates_tag(self, language: Language) -> &'static str {
        match language {
            Language::English if self.habits(language).month_first => "en-US",
            Language::English => "en-GB",
            other => other.tag(),
        }
    }

    /// The locale the webview's own date and time fields are asked to follow: the language
    /// in the device's region ("en-AU", "de-AT"), so a German client on an English system
    /// gets German fields. British English where the device names no region; Germany's
    /// German outside the regions that speak it.
    pub fn fields_locale(self, language: Language) -> String {
        let region = self.code();
        match language {
            Language::German => match region {
                Some(r) if GERMAN_SPEAKING.contains(&r) => format!("de-{r}"),
                _ => "de-DE".to_string(),
            },
            Language::English => format!("en-{}", region.unwrap_or("GB")),
            Language::Pseudo => "en-GB".to_string(),
        }
    }

    /// The region dates are written for in this process: read from the device once at start
    /// (the app, the command line). None until then, which is also what tests see.
    pub fn current() -> Region {
        let n = CURRENT.load(Ordering::Relaxed);
        match n.to_be_bytes() {
            [0, 0] => Region::NONE,
            [a, b] => Region(Some([a, b])),
        }
    }

    /// Makes this the region of every date written from now on ([`Region::current`]).
    pub fn make_current(self) {
        CURRENT.store(self.0.map_or(0, u16::from_be_bytes), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_is_read_as_the_c_library_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        let code = |r: Region| r.code().map(str::to_string);
        assert_eq!(
            code(Region::of_environment(env(&[("LANG", "en_US.UTF-8")]))),
            Some("US".into())
        );
        assert_eq!(
            code(Region::of_environment(env(&[
                ("LANG", "en_US.UTF-8"),
                ("LC_TIME", "en_GB.UTF-8")
            ]))),
            Some("GB".into())
        );
        assert_eq!(
            code(Region::of_environment(env(&[
                ("LC_ALL", "de_AT"),
                ("LC_TIME", "en_GB.UTF-8")
            ]))),
            Some("AT".into())
        );
        assert_eq!(
            code(Region::of_environment(env(&[("LC_ALL", ""), ("LANG", "en_AU@euro")]))),
            Some("AU".into())
        );
        assert_eq!(code(Region::of_environment(env(&[("LANG", "C.UTF-8")]))), None);
        assert_eq!(code(Region::of_environment(env(&[]))), None);
        assert_eq!(code(Region::of_locale("zh-Hant-TW")), Some("TW".into()));
        assert_eq!(code(Region::of_locale("de")), None);
        assert_eq!(code(Region::of_code("u1")), None);
    }

    #[test]
    fn english_follows_its_region_and_german_does_not() {
        let habits = |code: &str, l: Language| Region::of_code(code).habits(l);
        let us = habits("US", Language::English);
        assert!(us.month_first && us.twelve_hour);
        let au = habits("AU", Language::English);
        assert!(!au.month_first && au.twelve_hour);
        let jp = habits("JP", Language::English);
        assert!(jp.month_first && !jp.twelve_hour);
        let gb = habits("GB", Language::English);
        assert!(!gb.month_first && !gb.twelve_hour);
        assert_eq!(Region::NONE.habits(Language::English), gb);
        assert_eq!(habits("US", Language::German), gb, "German: the day first, 24 hours");
        assert_eq!(habits("US", Language::Pseudo), gb);
        assert_eq!(Region::of_code("US").dates_tag(Language::English), "en-US");
        assert_eq!(Region::of_code("AU").dates_tag(Language::English), "en-GB");
        assert_eq!(Region::of_code("US").dates_tag(Language::German), "de");
        assert_eq!(Region::of_code("US").fields_locale(Language::German), "de-DE");
        assert_eq!(Region::of_code("AT").fields_locale(Language::German), "de-AT");
        assert_eq!(Region::NONE.fields_locale(Language::German), "de-DE");
        assert_eq!(Region::of_code("AU").fields_locale(Language::English), "en-AU");
        assert_eq!(Region::NONE.fields_locale(Language::English), "en-GB");
    }

    #[test]
    fn the_current_region_round_trips() {
        // The only test here that sets it; it puts none back.
        assert_eq!(Region::current(), Region::NONE);
        Region::of_code("us").make_current();
        assert_eq!(Region::current().code(), Some("US"));
        Region::NONE.make_current();
        assert_eq!(Region::current(), Region::NONE);
    }
}
