//! The app's languages, from one catalog: `locales/en.ftl` and `locales/de.ftl` at the
//! repository's root, read here for the Rust side (notifications, the command line, the
//! report) and by the page with @fluent/bundle. The pseudo-locale (`en-XA`) is English
//! through [`pseudo`], the same transform the page applies, so it needs no file of its own.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod dates;
mod pseudo;
mod refusals;
mod region;
mod system;

pub use pseudo::pseudo;
pub use refusals::serde_refusal;
pub use region::{Habits, Region};
pub use system::os_reason;

/// The catalogs' sources, as the page gets them too.
pub const ENGLISH_FTL: &str = include_str!("../../../locales/en.ftl");
pub const GERMAN_FTL: &str = include_str!("../../../locales/de.ftl");

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    German,
    /// English, accented and about a third longer: shows text that was never put in the
    /// catalog, and text that is clipped or overflows when a language runs longer.
    Pseudo,
}

/// The language this process words its refusals in (see [`Language::current`]).
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The message `id` in the language of this process's refusals ([`Language::current`]).
pub fn say(id: &str, args: &[(&str, Arg)]) -> String {
    Language::current().text(id, args)
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::German, Language::Pseudo];

    /// The language refusals are worded in: an error is made deep inside a check that has
    /// no reason to know the client, so the app says once which language the client reads
    /// (at start and when Settings change it; the command line, the terminal's). English until then.
    pub fn current() -> Language {
        match CURRENT.load(Ordering::Relaxed) {
            1 => Language::German,
            2 => Language::Pseudo,
            _ => Language::English,
        }
    }

    /// A title as it reads mid-sentence: "No gym …" → "no gym …" in English; German nouns
    /// keep their capital, so German titles stay as they are.
    pub fn mid_sentence(self, title: &str) -> String {
        if self == Language::German {
            return title.to_string();
        }
        let mut c = title.chars();
        match c.next() {
            Some(first) => first.to_lowercase().chain(c).collect(),
            None => String::new(),
        }
    }

    /// Makes this the language of every refusal from now on ([`Language::current`]).
    pub fn make_current(self) {
        let n = match self {
            Language::English => 0,
            Language::German => 1,
            Language::Pseudo => 2,
        };
        CURRENT.store(n, Ordering::Relaxed);
    }

    /// The BCP 47 tag: "en", "de", "en-XA".
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language with exactly this tag ("en", "de", "en-XA"), as stored and as the page
    /// sends it; `None` for any other text.
    pub fn of_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language a locale name asks for: "de-AT", "de_DE.UTF-8" → German; "en-XA" →
    /// Pseudo; any other English → English; `None` for a language the app doesn't speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.next().unwrap_or("").to_ascii_uppercase();
        match (language.as_str(), region.as_str()) {
            ("en", "XA") => Some(Language::Pseudo),
            ("en", _) => Some(Language::English),
            ("de", _) => Some(Language::German),
            _ => None,
        }
    }

    /// The language of this device: the first the app speaks among `LANGUAGE` (a list, the
    /// translations the user prefers), `LC_ALL`, `LC_MESSAGES` and `LANG`; English otherwise.
    /// (These are how Linux desktops say it; macOS and Windows builds, not made here, would
    /// need the system's own setting.)
    pub fn of_system() -> Language {
        Self::of_environment(|name| std::env::var(name).ok())
    }

    /// [`Language::of_system`] over any environment (for tests).
    pub fn of_environment(var: impl Fn(&str) -> Option<String>) -> Language {
        let mut asked = Vec::new();
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = var(name).filter(|v| !v.is_empty()) {
                asked.extend(v.split(':').map(str::to_string));
            }
        }
        asked
            .iter()
            // "C" and "POSIX" say nothing about a language; keep looking.
            .filter(|t| !matches!(t.as_str(), "C" | "POSIX") && !t.starts_with("C."))
            .find_map(|t| Language::from_tag(t))
            .unwrap_or(Language::English)
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static ENGLISH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        static GERMAN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        static PSEUDO: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        match self {
            Language::English => ENGLISH.get_or_init(|| bundle("en", ENGLISH_FTL, false)),
            Language::German => GERMAN.get_or_init(|| bundle("de", GERMAN_FTL, false)),
            Language::Pseudo => PSEUDO.get_or_init(|| bundle("en-XA", ENGLISH_FTL, true)),
        }
    }

    /// The message `id` with its arguments; English where this language lacks it (a test
    /// makes sure none does), and the id itself if no language has it.
    pub fn text(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        for bundle in [self.bundle(), Language::English.bundle()] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_string()
    }
}

/// A message argument: a number (for plurals) or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(t) => FluentValue::from(t.clone()),
        }
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Self {
        Arg::Text(t.to_string())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Self {
        Arg::Text(t)
    }
}

fn bundle(tag: &str, source: &'static str, accented: bool) -> FluentBundle<FluentResource> {
    let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Notifications and the terminal show the text as it is: no invisible direction marks.
    bundle.set_use_isolating(false);
    if accented {
        bundle.set_transform(Some(pseudo::transform));
    }
    // The catalogs are checked by this crate's tests; a syntax error there fails them.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(errors.is_empty(), "{errors:?}");
    }
    bundle
}

#[cfg(test)]
mod tests;
