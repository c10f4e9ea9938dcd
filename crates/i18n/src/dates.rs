//! Dates and times as each language writes them. Fluent in Rust has no DATETIME, so the
//! patterns are here, written as CLDR (what the page's `Intl` uses) has them for these
//! options: English as in Britain ("Thu 26 Nov, 09:00") or, where the device's region
//! writes it so ([`Region`]), with the month first ("Thu, Nov 26, 9:00\u{a0}AM") or twelve
//! hours ("Thu 26 Nov, 9:00\u{a0}am"); German ("Do., 26. Nov., 09:00"), 24-hour everywhere.
//! The pseudo-locale is the British pattern, accented.
//!
//! Each function has a form for a given region (`…_in`), and one for the region this process
//! was told at start ([`Region::current`]), which is what every caller outside tests uses.

use jiff::civil::Time;
use jiff::civil::{Date, Weekday};
use jiff::Zoned;

use crate::{pseudo, Language, Region};

const EN_WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DE_WEEKDAYS: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
/// CLDR's English abbreviations, as America writes them; British English (the day first)
/// writes September "Sept" ([`en_month`]).
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// German's abbreviations in a date ("26. Nov."): short names are written out.
const DE_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

fn en_month(m: usize, month_first: bool) -> &'static str {
    match (m, month_first) {
        (8, false) => "Sept",
        _ => EN_MONTHS[m],
    }
}

fn weekday_index(w: Weekday) -> usize {
    usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)
}

fn month_index(d: Date) -> usize {
    usize::try_from(d.month() - 1).unwrap_or(0)
}

/// A day: "Thu 26 Nov" / "Thu, Nov 26" / "Do., 26. Nov.".
pub fn day(language: Language, d: Date) -> String {
    day_in(language, Region::current(), d)
}

/// [`day`] as `region` writes it.
pub fn day_in(language: Language, region: Region, d: Date) -> String {
    let (w, m) = (weekday_index(d.weekday()), month_index(d));
    match language {
        Language::English if region.habits(language).month_first => {
            format!("{}, {} {}", EN_WEEKDAYS[w], en_month(m, true), d.day())
        }
        Language::English => format!("{} {} {}", EN_WEEKDAYS[w], d.day(), en_month(m, false)),
        Language::German => format!("{}, {}. {}", DE_WEEKDAYS[w], d.day(), DE_MONTHS[m]),
        Language::Pseudo => pseudo(&day_in(Language::English, Region::NONE, d)),
    }
}

/// A day with its year: "Sat 21 Nov 2026" / "Sat, Nov 21, 2026" / "Sa., 21. Nov. 2026".
pub fn day_in_year(language: Language, d: Date) -> String {
    day_in_year_in(language, Region::current(), d)
}

/// [`day_in_year`] as `region` writes it.
pub fn day_in_year_in(language: Language, region: Region, d: Date) -> String {
    match language {
        Language::Pseudo => pseudo(&day_in_year_in(Language::English, Region::NONE, d)),
        Language::English if region.habits(language).month_first => {
            format!("{}, {}", day_in(language, region, d), d.year())
        }
        _ => format!("{} {}", day_in(language, region, d), d.year()),
    }
}

/// A time on the clock: "21:05", or "9:05\u{a0}PM" / "9:05\u{a0}pm" where English counts
/// twelve hours (capitals with the American order, as CLDR has them; Canada's "p.m." is
/// written "PM"). The no-break space keeps the hour with its half of the day.
pub fn time(language: Language, t: Time) -> String {
    time_in(language, Region::current(), t)
}

/// [`time`] as `region` writes it.
pub fn time_in(language: Language, region: Region, t: Time) -> String {
    let habits = region.habits(language);
    if !habits.twelve_hour {
        return t.strftime("%H:%M").to_string();
    }
    let hour = match t.hour() % 12 {
        0 => 12,
        h => h,
    };
    let half = match (t.hour() < 12, habits.month_first) {
        (true, true) => "AM",
        (false, true) => "PM",
        (true, false) => "am",
        (false, false) => "pm",
    };
    format!("{hour}:{:02}\u{a0}{half}", t.minute())
}

/// A moment on the local clock: "Thu 26 Nov, 09:00" / "Do., 26. Nov., 09:00".
pub fn moment(language: Language, local: &Zoned) -> String {
    moment_in(language, Region::current(), local)
}

/// [`moment`] as `region` writes it.
pub fn moment_in(language: Language, region: Region, local: &Zoned) -> String {
    format!(
        "{}, {}",
        day_in(language, region, local.date()),
        time_in(language, region, local.time())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // The region test in this binary sets the current region for a moment: these name none.
    fn moment(l: Language, z: &Zoned) -> String {
        moment_in(l, Region::NONE, z)
    }
    fn day(l: Language, d: Date) -> String {
        day_in(l, Region::NONE, d)
    }
    fn day_in_year(l: Language, d: Date) -> String {
        day_in_year_in(l, Region::NONE, d)
    }

    fn at(utc: &str) -> Zoned {
        utc.parse::<jiff::Timestamp>()
            .expect("instant")
            .in_tz("Europe/Berlin")
            .expect("zone")
    }

    #[test]
    fn a_dst_day_in_german_and_english() {
        // 29 March 2026, Berlin: clocks jump from 02:00 to 03:00.
        let before = at("2026-03-29T00:30:00Z");
        let after = at("2026-03-29T01:30:00Z");
        assert_eq!(moment(Language::English, &before), "Sun 29 Mar, 01:30");
        assert_eq!(moment(Language::English, &after), "Sun 29 Mar, 03:30");
        assert_eq!(moment(Language::German, &before), "So., 29. März, 01:30");
        assert_eq!(moment(Language::German, &after), "So., 29. März, 03:30");
        // 25 October 2026: 02:30 happens twice; both read 02:30, an hour apart.
        let first = at("2026-10-25T00:30:00Z");
        let second = at("2026-10-25T01:30:00Z");
        assert_eq!(moment(Language::German, &first), "So., 25. Okt., 02:30");
        assert_eq!(moment(Language::German, &second), moment(Language::German, &first));
        assert_eq!(moment(Language::English, &second), "Sun 25 Oct, 02:30");
    }

    /// `locales/date-cases.json`: `[["2026-09-01", "en-GB", "Tue 1 Sept"], …]`, the page's
    /// `dateIn` checked against the same file (format.test.ts). Read without a JSON crate:
    /// the file is flat and ours.
    #[test]
    fn a_day_reads_as_the_page_writes_it() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/date-cases.json");
        let text = std::fs::read_to_string(path).expect("date cases");
        let strings: Vec<&str> = text.split('"').skip(1).step_by(2).collect();
        assert!(strings.len() >= 3 * 36, "{} strings", strings.len());
        for case in strings.chunks(3) {
            let [date, tag, written] = case else {
                panic!("a case of three: {case:?}")
            };
            let (language, region) = match *tag {
                "en-GB" => (Language::English, Region::NONE),
                "en-US" => (Language::English, Region::of_code("US")),
                "de" => (Language::German, Region::of_code("DE")),
                other => panic!("no such tag in the cases: {other}"),
            };
            assert_eq!(region.dates_tag(language), *tag);
            let d: Date = date.parse().expect("date");
            assert_eq!(day_in(language, region, d), *written, "{date} in {tag}");
        }
    }

    #[test]
    fn english_as_its_region_writes_it() {
        let (us, au, jp) = (Region::of_code("US"), Region::of_code("AU"), Region::of_code("JP"));
        let evening = at("2026-11-26T20:05:00Z"); // 21:05 in Berlin
        let midnight = at("2026-11-25T23:00:00Z");
        let noon = at("2026-11-26T11:30:00Z");
        assert_eq!(moment_in(Language::English, us, &evening), "Thu, Nov 26, 9:05\u{a0}PM");
        assert_eq!(
            moment_in(Language::English, us, &midnight),
            "Thu, Nov 26, 12:00\u{a0}AM"
        );
        assert_eq!(moment_in(Language::English, us, &noon), "Thu, Nov 26, 12:30\u{a0}PM");
        assert_eq!(moment_in(Language::English, au, &evening), "Thu 26 Nov, 9:05\u{a0}pm");
        assert_eq!(moment_in(Language::English, jp, &evening), "Thu, Nov 26, 21:05");
        assert_eq!(
            moment_in(Language::English, Region::NONE, &evening),
            "Thu 26 Nov, 21:05"
        );
        // German and the pseudo-locale write as they do anywhere.
        assert_eq!(moment_in(Language::German, us, &evening), "Do., 26. Nov., 21:05");
        assert_eq!(
            moment_in(Language::Pseudo, us, &evening),
            moment_in(Language::Pseudo, Region::NONE, &evening)
        );
        let d = Date::new(2026, 11, 21).expect("date");
        assert_eq!(day_in_year_in(Language::English, us, d), "Sat, Nov 21, 2026");
        assert_eq!(day_in_year_in(Language::English, au, d), "Sat 21 Nov 2026");
        // The DST night in New York, 1 November 2026: 1:30 happens twice.
        let ny = |utc: &str| {
            utc.parse::<jiff::Timestamp>()
                .expect("instant")
                .in_tz("America/New_York")
                .expect("zone")
        };
        let (first, second) = (ny("2026-11-01T05:30:00Z"), ny("2026-11-01T06:30:00Z"));
        assert_eq!(moment_in(Language::English, us, &first), "Sun, Nov 1, 1:30\u{a0}AM");
        assert_eq!(
            moment_in(Language::English, us, &second),
            moment_in(Language::English, us, &first)
        );
    }

    #[test]
    fn every_weekday_and_month_in_both_languages() {
        let d = |m: i8, day: i8| Date::new(2026, m, day).expect("date");
        assert_eq!(day(Language::English, d(11, 26)), "Thu 26 Nov");
        assert_eq!(day(Language::German, d(11, 26)), "Do., 26. Nov.");
        assert_eq!(day(Language::German, d(9, 1)), "Di., 1. Sept.");
        assert_eq!(day(Language::German, d(5, 3)), "So., 3. Mai");
        assert_eq!(day(Language::English, d(1, 5)), "Mon 5 Jan");
        assert_eq!(day_in_year(Language::English, d(11, 21)), "Sat 21 Nov 2026");
        assert_eq!(day_in_year(Language::German, d(11, 21)), "Sa., 21. Nov. 2026");
        assert_eq!(day(Language::Pseudo, d(11, 26)), "Ţĥûû 26 Ñööṽ");
        let months = |l: Language| {
            (1..=12)
                .map(|m| day(l, d(m, 10)).rsplit(' ').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            months(Language::English),
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
        );
        assert_eq!(
            months(Language::German),
            ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
        );
        let weekdays = |l: Language| {
            (5..=11)
                .map(|n| day(l, d(1, n)).split(' ').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            weekdays(Language::English),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        );
        assert_eq!(
            weekdays(Language::German),
            ["Mo.,", "Di.,", "Mi.,", "Do.,", "Fr.,", "Sa.,", "So.,"]
        );
    }
}
