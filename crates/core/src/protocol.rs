//! Protocols: aftercare as versioned data.
//!
//! A protocol is a TOML file of rules (what to avoid, limit or do, over which window)
//! and expected-course notes (what is normal on day N). The built-in micro-needling
//! protocol is compiled in; a clinic may supply its own file. Loading checks everything
//! and reports the file, line and rule at fault, so a clinic can fix its file; a file
//! that fails never replaces the protocol in use (`Store::load_protocol` writes only a
//! protocol that loaded cleanly).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use jiff::civil::Time;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::fact;
use crate::time::{parse_time_of_day, Offset};
use aftercare_i18n::say;

/// The protocol file format this build reads.
pub const FORMAT: u32 = 1;

/// Rule ids the reminder plan uses for its own reminders.
pub const RESERVED_RULE_IDS: &[&str] = &["checkin"];

const BUILTIN_SOURCE: &str = include_str!("../protocols/micro-needling.toml");

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Activity,
    HeatWater,
    Sun,
    Makeup,
    Skincare,
    Hydration,
    Hygiene,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Activity,
        Category::HeatWater,
        Category::Sun,
        Category::Makeup,
        Category::Skincare,
        Category::Hydration,
        Category::Hygiene,
    ];

    /// The id used in files and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Category::Activity => "activity",
            Category::HeatWater => "heat-water",
            Category::Sun => "sun",
            Category::Makeup => "makeup",
            Category::Skincare => "skincare",
            Category::Hydration => "hydration",
            Category::Hygiene => "hygiene",
        }
    }

    /// The category in words, in `language`.
    pub fn label(self, language: aftercare_i18n::Language) -> String {
        let id = match self {
            Category::Activity => "category-activity",
            Category::HeatWater => "category-heat-water",
            Category::Sun => "category-sun",
            Category::Makeup => "category-makeup",
            Category::Skincare => "category-skincare",
            Category::Hydration => "category-hydration",
            Category::Hygiene => "category-hygiene",
        };
        language.text(id, &[])
    }

    pub fn from_id(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == s)
    }
}

/// How firm a rule is.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// Don't do it during the window.
    Avoid,
    /// Keep it to a minimum during the window.
    Limit,
    /// Do this during the window.
    Do,
}

impl Strength {
    /// Whether the rule stands in the way of "Can I …?".
    pub fn restricts(self) -> bool {
        !matches!(self, Strength::Do)
    }
}

/// The reminders a rule asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct RuleReminders {
    pub at_start: bool,
    /// Daily at this local time while the window is open.
    #[serde(serialize_with = "ser_opt_time")]
    pub daily_at: Option<Time>,
    pub at_end: bool,
}

fn ser_opt_time<S: serde::Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_some(&t.strftime("%H:%M").to_string()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub title: String,
    pub advice: String,
    pub facts: Vec<String>,
    pub strength: Strength,
    pub start: Offset,
    pub end: Offset,
    pub reminders: RuleReminders,
    /// The sources give this window as a minimum ("at least a few days", "until healed"):
    /// when it ends while the last check-in still shows redness or symptoms, the rule
    /// stays on, with care.
    pub while_healing: bool,
    /// Advice beyond what the cited facts say, shown as a general tip without a fact id.
    pub tip: Option<String>,
    /// Body of the reminder when the window opens (defaults to the advice).
    pub start_message: Option<String>,
    /// Title of the reminder when the window closes ("Gym OK again").
    pub end_title: Option<String>,
    /// Body of the reminder when the window closes ("You can go back to the gym").
    pub end_message: Option<String>,
    /// The same texts in other languages, by language tag (`de`); a missing one reads in English.
    #[serde(skip)]
    pub texts: BTreeMap<String, RuleTexts>,
}

/// A rule's words in one more language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RuleTexts {
    pub title: Option<String>,
    pub advice: Option<String>,
    pub tip: Option<String>,
    pub start_message: Option<String>,
    pub end_title: Option<String>,
    pub end_message: Option<String>,
}

/// What is normal on days `from_day..=to_day` (day 1 is the treatment's local date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpectedNote {
    pub from_day: u32,
    pub to_day: u32,
    pub title: String,
    pub text: String,
    pub facts: Vec<String>,
    #[serde(skip)]
    pub texts: BTreeMap<String, ExpectedTexts>,
}

/// An expected-course note's words in one more language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExpectedTexts {
    pub title: Option<String>,
    pub text: Option<String>,
}

/// A quick question on Today ("Gym?") and the rules that bear on its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: String,
    /// What the button says: "Gym".
    pub label: String,
    /// Every rule the answer weighs (gym → gym and sweat).
    pub rules: Vec<String>,
    #[serde(skip)]
    pub texts: BTreeMap<String, QuestionTexts>,
}

/// A quick question's label in one more language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionTexts {
    pub label: Option<String>,
}

/// A protocol's name in one more language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProtocolTexts {
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Protocol {
    pub id: String,
    pub version: String,
    pub name: String,
    pub rules: Vec<Rule>,
    pub expected: Vec<ExpectedNote>,
    /// The quick questions; a file without `[[question]]` gets one per rule that restricts.
    pub questions: Vec<Question>,
    /// Days (1 = treatment date) whose check-in asks for a photo, ascending; a file without
    /// `photo_days` gets [`DEFAULT_PHOTO_DAYS`], `photo_days = []` asks on none.
    pub photo_days: Vec<u32>,
    #[serde(skip)]
    pub texts: BTreeMap<String, ProtocolTexts>,
    /// The language of the texts above ([`Protocol::in_language`]); what core words itself
    /// for this protocol (reminders, answers) is in it too.
    #[serde(skip)]
    pub language: aftercare_i18n::Language,
}

/// The photo days of a protocol that names none: the first day, the third, a week, two weeks.
pub const DEFAULT_PHOTO_DAYS: [u32; 4] = [1, 3, 7, 14];

/// A protocol file refused, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ProtocolError {
    /// The file name, or `built-in`.
    pub origin: String,
    pub line: Option<usize>,
    /// The id of the rule at fault, when the fault is inside a rule.
    pub rule: Option<String>,
    pub message: String,
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rule) = &self.rule {
            write!(f, ": {}", say("protocol-in-rule", &[("rule", rule.as_str().into())]))?;
        }
        write!(f, ": {}", self.message)
    }
}

// ---------------------------------------------------------------- raw file shape

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProtocol {
    format: Spanned<u32>,
    id: Spanned<String>,
    version: Spanned<String>,
    name: Spanned<String>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(default)]
    expected: Vec<RawExpected>,
    #[serde(default, rename = "question")]
    questions: Vec<RawQuestion>,
    photo_days: Option<Spanned<Vec<Spanned<i64>>>>,
    #[serde(default)]
    texts: BTreeMap<String, RawTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    label: Spanned<String>,
    rules: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    texts: BTreeMap<String, RawTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    category: Category,
    title: Spanned<String>,
    advice: Spanned<String>,
    facts: Spanned<Vec<Spanned<String>>>,
    strength: Strength,
    start: Spanned<String>,
    end: Spanned<String>,
    remind: Option<Spanned<Vec<Spanned<String>>>>,
    daily_at: Option<Spanned<String>>,
    #[serde(default)]
    while_healing: bool,
    tip: Option<Spanned<String>>,
    start_message: Option<Spanned<String>>,
    end_title: Option<Spanned<String>>,
    end_message: Option<Spanned<String>>,
    #[serde(default)]
    texts: BTreeMap<String, RawRuleTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpected {
    from_day: Spanned<i64>,
    to_day: Spanned<i64>,
    title: Spanned<String>,
    text: Spanned<String>,
    facts: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    texts: BTreeMap<String, RawTexts>,
}

/// A rule's texts in one more language, as the file has them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRuleTexts {
    title: Option<Spanned<String>>,
    advice: Option<Spanned<String>>,
    tip: Option<Spanned<String>>,
    start_message: Option<Spanned<String>>,
    end_title: Option<Spanned<String>>,
    end_message: Option<Spanned<String>>,
}

/// The other items' texts in one more language (each item has only its own fields).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    name: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    label: Option<Spanned<String>>,
}

const MAX_TITLE: usize = 80;
const MAX_TEXT: usize = 1_000;

/// Checks against one protocol source, remembering where each fault is.
struct Loader<'a> {
    src: &'a str,
    origin: &'a str,
    require_facts: bool,
}

impl<'a> Loader<'a> {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.src.len());
        self.src.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }

    /// The 1-based column of a byte offset, counted in characters.
    fn column_of(&self, offset: usize) -> usize {
        let end = offset.min(self.src.len());
        let line_start = self.src.as_bytes()[..end]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        self.src.get(line_start..end).map_or(1, |s| s.chars().count() + 1)
    }

    fn err(&self, offset: usize, rule: Option<&str>, message: impl Into<String>) -> ProtocolError {
        ProtocolError {
            origin: self.origin.to_string(),
            line: Some(self.line_of(offset)),
            rule: rule.map(str::to_string),
            message: message.into(),
        }
    }

    /// The id of the `[[rule]]` table around a byte offset, for parse errors that serde
    /// reports without context.
    fn rule_around(&self, offset: usize) -> Option<String> {
        let before = &self.src[..offset.min(self.src.len())];
        let header = before.rfind("[[rule]]")?;
        // Another table header between the rule and the fault means we are past the rule.
        if before[header + 8..].contains("\n[") {
            return None;
        }
        let rest = &self.src[header + 8..];
        let table = rest.find("\n[").map_or(rest, |end| &rest[..end]);
        table.lines().find_map(|l| {
            let (key, value) = l.split_once('=')?;
            (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
        })
    }

    fn text(&self, s: &Spanned<String>, rule: Option<&str>, field: &str, max: usize) -> Result<String, ProtocolError> {
        let t = s.get_ref().trim();
        if t.is_empty() {
            return Err(self.err(s.span().start, rule, say("protocol-empty", &[("field", field.into())])));
        }
        if t.chars().count() > max {
            return Err(self.err(
                s.span().start,
                rule,
                say("protocol-too-long", &[("field", field.into()), ("max", max.into())]),
            ));
        }
        Ok(t.to_string())
    }

    fn facts(&self, facts: &Spanned<Vec<Spanned<String>>>, rule: Option<&str>) -> Result<Vec<String>, ProtocolError> {
        if self.require_facts && facts.get_ref().is_empty() {
            return Err(self.err(facts.span().start, rule, say("protocol-no-facts", &[])));
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for f in facts.get_ref() {
            let id = f.get_ref().as_str();
            if !fact::is_known(id) {
                return Err(self.err(f.span().start, rule, say("protocol-unknown-fact", &[("id", id.into())])));
            }
            if !seen.insert(id) {
                return Err(self.err(f.span().start, rule, say("protocol-fact-twice", &[("id", id.into())])));
            }
            out.push(id.to_string());
        }
        Ok(out)
    }

    fn offset(&self, s: &Spanned<String>, rule: &str, field: &str) -> Result<Offset, ProtocolError> {
        s.get_ref()
            .parse::<Offset>()
            .map_err(|e| self.err(s.span().start, Some(rule), format!("{field}: {e}")))
    }

    fn rule(&self, raw: &RawRule, seen: &mut HashSet<String>) -> Result<Rule, ProtocolError> {
        let id = raw.id.get_ref().trim().to_string();
        let at = raw.id.span().start;
        if !is_slug(&id) {
            return Err(self.err(at, Some(&id), say("protocol-rule-id", &[])));
        }
        if RESERVED_RULE_IDS.contains(&id.as_str()) {
            return Err(self.err(
                at,
                Some(&id),
                say("protocol-reserved-id", &[("id", id.as_str().into())]),
            ));
        }
        if !seen.insert(id.clone()) {
            return Err(self.err(
                at,
                Some(&id),
                say("protocol-duplicate-rule", &[("id", id.as_str().into())]),
            ));
        }
        let r = Some(id.as_str());
        let title = self.text(&raw.title, r, "title", MAX_TITLE)?;
        let advice = self.text(&raw.advice, r, "advice", MAX_TEXT)?;
        let facts = self.facts(&raw.facts, r)?;
        let start = self.offset(&raw.start, &id, "start")?;
        let end = self.offset(&raw.end, &id, "end")?;
        if end.approx_hours() <= start.approx_hours() {
            return Err(self.err(
                raw.end.span().start,
                r,
                say(
                    "protocol-ends-before-start",
                    &[("end", end.to_string().into()), ("start", start.to_string().into())],
                ),
            ));
        }

        let mut reminders = RuleReminders::default();
        let mut kinds = HashSet::new();
        let remind_at = raw.remind.as_ref().map_or(at, |r| r.span().start);
        for k in raw.remind.iter().flat_map(|r| r.get_ref()) {
            let kind = k.get_ref().as_str();
            if !kinds.insert(kind) {
                return Err(self.err(
                    k.span().start,
                    r,
                    say("protocol-reminder-twice", &[("kind", kind.into())]),
                ));
            }
            match kind {
                "start" => reminders.at_start = true,
                "end" => reminders.at_end = true,
                "daily" => {}
                other => {
                    return Err(self.err(
                        k.span().start,
                        r,
                        say("protocol-unknown-reminder", &[("kind", other.into())]),
                    ));
                }
            }
        }
        match (&raw.daily_at, kinds.contains("daily")) {
            (Some(t), true) => {
                let time = parse_time_of_day(t.get_ref())
                    .map_err(|_| self.err(t.span().start, r, say("protocol-daily-at-form", &[])))?;
                reminders.daily_at = Some(time);
            }
            (None, true) => {
                return Err(self.err(remind_at, r, say("protocol-daily-needs-time", &[])));
            }
            (Some(t), false) => {
                return Err(self.err(t.span().start, r, say("protocol-daily-at-unused", &[])));
            }
            (None, false) => {}
        }
        let tip = raw.tip.as_ref().map(|m| self.text(m, r, "tip", MAX_TEXT)).transpose()?;
        if raw.while_healing && !raw.strength.restricts() {
            return Err(self.err(at, r, say("protocol-while-healing-do", &[])));
        }
        let start_message = raw
            .start_message
            .as_ref()
            .map(|m| self.text(m, r, "start_message", MAX_TEXT))
            .transpose()?;
        let end_title = raw
            .end_title
            .as_ref()
            .map(|m| self.text(m, r, "end_title", MAX_TITLE))
            .transpose()?;
        let end_message = raw
            .end_message
            .as_ref()
            .map(|m| self.text(m, r, "end_message", MAX_TEXT))
            .transpose()?;
        if reminders.at_end && (end_title.is_none() || end_message.is_none()) {
            return Err(self.err(remind_at, r, say("protocol-end-needs-texts", &[])));
        }
        let texts = self.translations(&raw.texts, at, r, |t| {
            Ok(RuleTexts {
                title: self.translated(&t.title, Some(&title), r, "title", MAX_TITLE)?,
                advice: self.translated(&t.advice, Some(&advice), r, "advice", MAX_TEXT)?,
                tip: self.translated(&t.tip, tip.as_ref(), r, "tip", MAX_TEXT)?,
                start_message: self.translated(
                    &t.start_message,
                    start_message.as_ref(),
                    r,
                    "start_message",
                    MAX_TEXT,
                )?,
                end_title: self.translated(&t.end_title, end_title.as_ref(), r, "end_title", MAX_TITLE)?,
                end_message: self.translated(&t.end_message, end_message.as_ref(), r, "end_message", MAX_TEXT)?,
            })
        })?;
        Ok(Rule {
            id,
            category: raw.category,
            title,
            advice,
            facts,
            strength: raw.strength,
            start,
            end,
            reminders,
            while_healing: raw.while_healing,
            tip,
            start_message,
            end_title,
            end_message,
            texts,
        })
    }

    /// Checks a table of translations (`[rule.texts.de]`) item by item.
    fn translations<T, U>(
        &self,
        raw: &BTreeMap<String, T>,
        at: usize,
        rule: Option<&str>,
        check: impl Fn(&T) -> Result<U, ProtocolError>,
    ) -> Result<BTreeMap<String, U>, ProtocolError> {
        let mut out = BTreeMap::new();
        for (tag, texts) in raw {
            if !is_language_tag(tag) || tag == "en" {
                return Err(self.err(
                    at,
                    rule,
                    format!("texts.{tag}: {}", say("protocol-translation-tag", &[])),
                ));
            }
            let checked = check(texts).map_err(|mut e| {
                e.message = format!("texts.{tag}: {}", e.message);
                e
            })?;
            out.insert(tag.clone(), checked);
        }
        Ok(out)
    }

    /// One translated text: checked like the English one ([`Loader::text`]), and only where
    /// there is one.
    fn translated(
        &self,
        text: &Option<Spanned<String>>,
        english: Option<&String>,
        rule: Option<&str>,
        field: &str,
        max: usize,
    ) -> Result<Option<String>, ProtocolError> {
        let Some(text) = text else { return Ok(None) };
        if english.is_none() {
            let at = text.span().start;
            return Err(self.err(
                at,
                rule,
                say("protocol-translated-no-english", &[("field", field.into())]),
            ));
        }
        self.text(text, rule, field, max).map(Some)
    }

    /// A field this item doesn't have, given a translation anyway.
    fn not_here(&self, text: &Option<Spanned<String>>, rule: Option<&str>, field: &str) -> Result<(), ProtocolError> {
        match text {
            Some(t) => Err(self.err(
                t.span().start,
                rule,
                say("protocol-unknown-field", &[("field", field.into())]),
            )),
            None => Ok(()),
        }
    }

    fn expected(&self, raw: &RawExpected) -> Result<ExpectedNote, ProtocolError> {
        let from = *raw.from_day.get_ref();
        let to = *raw.to_day.get_ref();
        let max = crate::time::MAX_OFFSET_DAYS;
        if !(1..=max).contains(&from) {
            return Err(self.err(
                raw.from_day.span().start,
                None,
                say("protocol-from-day", &[("max", max.into())]),
            ));
        }
        if !(from..=max).contains(&to) {
            return Err(self.err(
                raw.to_day.span().start,
                None,
                say("protocol-to-day", &[("from", from.into()), ("max", max.into())]),
            ));
        }
        let title = self.text(&raw.title, None, "title", MAX_TITLE)?;
        let text = self.text(&raw.text, None, "text", MAX_TEXT)?;
        let at = raw.title.span().start;
        let texts = self.translations(&raw.texts, at, None, |t| {
            self.not_here(&t.name, None, "name")?;
            self.not_here(&t.label, None, "label")?;
            Ok(ExpectedTexts {
                title: self.translated(&t.title, Some(&title), None, "title", MAX_TITLE)?,
                text: self.translated(&t.text, Some(&text), None, "text", MAX_TEXT)?,
            })
        })?;
        Ok(ExpectedNote {
            from_day: from as u32,
            to_day: to as u32,
            title,
            text,
            facts: self.facts(&raw.facts, None)?,
            texts,
        })
    }

    fn question(
        &self,
        raw: &RawQuestion,
        rules: &[Rule],
        seen: &mut HashSet<String>,
    ) -> Result<Question, ProtocolError> {
        let id = raw.id.get_ref().trim().to_string();
        let at = raw.id.span().start;
        if !is_slug(&id) {
            return Err(self.err(at, None, say("protocol-question-id", &[])));
        }
        if !seen.insert(id.clone()) {
            return Err(self.err(
                at,
                None,
                say("protocol-duplicate-question", &[("id", id.as_str().into())]),
            ));
        }
        let label = self.text(&raw.label, None, "label", 40)?;
        if raw.rules.get_ref().is_empty() {
            return Err(self.err(
                raw.rules.span().start,
                None,
                say("protocol-question-no-rules", &[("id", id.as_str().into())]),
            ));
        }
        let mut out = Vec::new();
        for r in raw.rules.get_ref() {
            let rule = r.get_ref().trim();
            if !rules.iter().any(|x| x.id == rule) {
                return Err(self.err(
                    r.span().start,
                    None,
                    say(
                        "protocol-question-unknown-rule",
                        &[("id", id.as_str().into()), ("rule", rule.into())],
                    ),
                ));
            }
            if out.iter().any(|x| x == rule) {
                return Err(self.err(
                    r.span().start,
                    None,
                    say(
                        "protocol-question-rule-twice",
                        &[("id", id.as_str().into()), ("rule", rule.into())],
                    ),
                ));
            }
            out.push(rule.to_string());
        }
        let texts = self.translations(&raw.texts, at, None, |t| {
            self.not_here(&t.name, None, "name")?;
            self.not_here(&t.title, None, "title")?;
            self.not_here(&t.text, None, "text")?;
            Ok(QuestionTexts {
                label: self.translated(&t.label, Some(&label), None, "label", 40)?,
            })
        })?;
        Ok(Question {
            id,
            label,
            rules: out,
            texts,
        })
    }

    fn load(&self) -> Result<Protocol, ProtocolError> {
        let raw: RawProtocol = toml::from_str(self.src).map_err(|e| {
            let span = e.span();
            let at = span.as_ref().map(|s| s.start);
            ProtocolError {
                origin: self.origin.to_string(),
                line: at.map(|o| self.line_of(o)),
                rule: at.and_then(|o| self.rule_around(o)),
                message: toml_fault::worded(
                    aftercare_i18n::Language::current(),
                    e.message(),
                    span.and_then(|s| self.src.get(s)),
                    at.map_or(1, |o| self.column_of(o)),
                ),
            }
        })?;
        if *raw.format.get_ref() != FORMAT {
            return Err(self.err(
                raw.format.span().start,
                None,
                say(
                    "protocol-format",
                    &[("format", (*raw.format.get_ref()).into()), ("supported", FORMAT.into())],
                ),
            ));
        }
        let id = raw.id.get_ref().trim().to_string();
        if !is_slug(&id) {
            return Err(self.err(raw.id.span().start, None, say("protocol-id", &[])));
        }
        let version = self.text(&raw.version, None, "version", 40)?;
        let name = self.text(&raw.name, None, "name", MAX_TITLE)?;
        if raw.rules.is_empty() {
            return Err(ProtocolError {
                origin: self.origin.to_string(),
                line: None,
                rule: None,
                message: say("protocol-no-rules", &[]),
            });
        }
        let mut seen = HashSet::new();
        let rules = raw
            .rules
            .iter()
            .map(|r| self.rule(r, &mut seen))
            .collect::<Result<Vec<_>, _>>()?;
        let expected = raw
            .expected
            .iter()
            .map(|e| self.expected(e))
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = HashSet::new();
        let mut questions = raw
            .questions
            .iter()
            .map(|q| self.question(q, &rules, &mut seen))
            .collect::<Result<Vec<_>, _>>()?;
        if questions.is_empty() {
            questions = rules
                .iter()
                .filter(|r| r.strength.restricts())
                .map(|r| Question {
                    id: r.id.clone(),
                    label: r.title.clone(),
                    rules: vec![r.id.clone()],
                    texts: r
                        .texts
                        .iter()
                        .map(|(tag, t)| (tag.clone(), QuestionTexts { label: t.title.clone() }))
                        .collect(),
                })
                .collect();
        }
        let photo_days = match &raw.photo_days {
            None => DEFAULT_PHOTO_DAYS.to_vec(),
            Some(days) => {
                let mut out: Vec<u32> = Vec::new();
                for d in days.get_ref() {
                    let day = u32::try_from(*d.get_ref()).ok().filter(|v| (1..=366).contains(v));
                    match day {
                        Some(v) if !out.contains(&v) => out.push(v),
                        Some(v) => {
                            return Err(self.err(
                                d.span().start,
                                None,
                                say("protocol-photo-day-twice", &[("day", v.into())]),
                            ))
                        }
                        None => {
                            return Err(self.err(d.span().start, None, say("protocol-photo-days", &[])));
                        }
                    }
                }
                out.sort_unstable();
                out
            }
        };
        let at = raw.name.span().start;
        let texts = self.translations(&raw.texts, at, None, |t| {
            self.not_here(&t.title, None, "title")?;
            self.not_here(&t.text, None, "text")?;
            self.not_here(&t.label, None, "label")?;
            Ok(ProtocolTexts {
                name: self.translated(&t.name, Some(&name), None, "name", MAX_TITLE)?,
            })
        })?;
        Ok(Protocol {
            id,
            version,
            name,
            rules,
            expected,
            questions,
            photo_days,
            texts,
            language: aftercare_i18n::Language::English,
        })
    }
}

/// "de", "pt-BR", "zh-Hant": a language, then optional region or script subtags.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang = parts.next().unwrap_or_default();
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl Protocol {
    /// Reads and validates a clinic's protocol file. `origin` names it in errors.
    pub fn from_toml(src: &str, origin: &str) -> Result<Protocol, ProtocolError> {
        Loader {
            src,
            origin,
            require_facts: false,
        }
        .load()
    }

    /// The compiled-in micro-needling protocol.
    pub fn builtin() -> &'static Protocol {
        static BUILTIN: OnceLock<Protocol> = OnceLock::new();
        BUILTIN.get_or_init(|| match Self::load_builtin() {
            Ok(p) => p,
            // The file is compiled in and a unit test loads it; reaching this is a build defect.
            Err(e) => panic!("the built-in protocol is invalid: {e}"),
        })
    }

    fn load_builtin() -> Result<Protocol, ProtocolError> {
        Loader {
            src: BUILTIN_SOURCE,
            origin: "built-in",
            require_facts: true,
        }
        .load()
    }

    /// The source text of the built-in protocol, a starting point for clinics.
    pub fn builtin_source() -> &'static str {
        BUILTIN_SOURCE
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Notes that apply on day `day` (1 = the treatment's local date).
    pub fn expected_on(&self, day: u32) -> impl Iterator<Item = &ExpectedNote> {
        self.expected
            .iter()
            .filter(move |n| (n.from_day..=n.to_day).contains(&day))
    }
}

mod texts;
mod toml_fault;

#[cfg(test)]
mod tests;
