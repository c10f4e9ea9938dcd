//! The timeline: every rule's window as absolute instants, and where "now" stands.

use aftercare_i18n::{dates, Arg, Language};
use jiff::{Timestamp, Zoned};
use serde::Serialize;

use crate::checkin::CheckIn;
use crate::protocol::{Category, ExpectedNote, Protocol, Rule, Strength};
use crate::time::{humanize, rfc3339_opt_serde, rfc3339_serde};
use crate::treatment::Treatment;
use crate::Error;

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Upcoming,
    Active,
    Over,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Upcoming => "upcoming",
            Status::Active => "active",
            Status::Over => "over",
        }
    }
}

/// One rule placed on the calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub rule: String,
    pub category: Category,
    pub strength: Strength,
    pub title: String,
    pub advice: String,
    pub facts: Vec<String>,
    #[serde(with = "rfc3339_serde")]
    pub starts_at: Zoned,
    #[serde(with = "rfc3339_serde")]
    pub ends_at: Zoned,
    pub status: Status,
    /// Seconds until the window opens (upcoming) or closes (active); absent once over.
    pub seconds_left: Option<i64>,
    /// The same, in words: "14 h".
    pub time_left: Option<String>,
    /// A window the sources give as a minimum that has ended while the skin is still
    /// healing: why it stays on, with care ("your last check-in (…) still showed mild redness").
    pub still_healing: Option<String>,
    /// Advice beyond the cited facts.
    pub tip: Option<String>,
}

fn status(start: Timestamp, end: Timestamp, t: Timestamp) -> Status {
    if t < start {
        Status::Upcoming
    } else if t < end {
        Status::Active
    } else {
        Status::Over
    }
}

/// How long after its planned end a "while healing" rule can stay on. Past that, redness
/// that lasts is a warning sign of its own (R3), raised by the check-in.
pub const HEALING_EXTENSION_DAYS: i64 = 7;

/// Why a rule whose window ended at `end` still stays on at `at`, with care: the sources give
/// the window as a minimum and a check-in from around its end (that day or the day before,
/// or later) says the skin is still healing. An older check-in says nothing about now.
pub fn still_healing(
    rule: &Rule,
    latest: Option<&CheckIn>,
    end: &Zoned,
    at: Timestamp,
    language: aftercare_i18n::Language,
) -> Option<String> {
    if !(rule.while_healing && rule.strength.restricts()) {
        return None;
    }
    let latest = latest?;
    let recent = end.date().yesterday().is_ok_and(|d| latest.date >= d);
    let cap = end.checked_add(jiff::Span::new().days(HEALING_EXTENSION_DAYS)).ok()?;
    if recent && at < cap.timestamp() {
        latest.still_healing(language)
    } else {
        None
    }
}

/// Where a rule's window falls for a treatment.
pub fn window(rule: &Rule, treatment: &Treatment) -> Result<(Zoned, Zoned), Error> {
    let start = rule.start.after(treatment.ended_at, &treatment.zone)?;
    let end = rule.end.after(treatment.ended_at, &treatment.zone)?;
    Ok((start, end))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub protocol: String,
    pub protocol_version: String,
    pub zone: String,
    #[serde(with = "rfc3339_serde")]
    pub treated_at: Zoned,
    #[serde(with = "rfc3339_serde")]
    pub now: Zoned,
    /// Day number of "now" (1 = the treatment's local date; 0 or less before it).
    pub day: i64,
    pub entries: Vec<Entry>,
    /// What is normal today.
    pub expected_today: Vec<ExpectedNote>,
    /// When the last window closes.
    #[serde(with = "rfc3339_opt_serde")]
    pub last_end: Option<Zoned>,
}

impl Timeline {
    /// The timeline at `now`, with the latest check-in (which keeps "while healing" rules on).
    pub fn build(
        protocol: &Protocol,
        treatment: &Treatment,
        now: Timestamp,
        latest: Option<&CheckIn>,
    ) -> Result<Timeline, Error> {
        let mut entries = Vec::with_capacity(protocol.rules.len());
        for rule in &protocol.rules {
            let (starts_at, ends_at) = window(rule, treatment)?;
            let mut st = status(starts_at.timestamp(), ends_at.timestamp(), now);
            let left = match st {
                Status::Upcoming => Some(starts_at.timestamp().duration_since(now)),
                Status::Active => Some(ends_at.timestamp().duration_since(now)),
                Status::Over => None,
            };
            let healing = if st == Status::Over {
                still_healing(rule, latest, &ends_at, now, protocol.language)
            } else {
                None
            };
            let mut strength = rule.strength;
            if healing.is_some() {
                st = Status::Active;
                strength = Strength::Limit;
            }
            entries.push(Entry {
                rule: rule.id.clone(),
                category: rule.category,
                strength,
                title: rule.title.clone(),
                advice: rule.advice.clone(),
                facts: rule.facts.clone(),
                starts_at,
                ends_at,
                status: st,
                seconds_left: left.map(|d| d.as_secs()),
                time_left: left.map(|d| humanize(protocol.language, d)),
                still_healing: healing,
                tip: rule.tip.clone(),
            });
        }
        let now_local = treatment.zone.local(now);
        let day = treatment.day_of(now_local.date());
        let expected_today = match u32::try_from(day) {
            Ok(d) if d >= 1 => protocol.expected_on(d).cloned().collect(),
            _ => Vec::new(),
        };
        let last_end = entries
            .iter()
            .map(|e| &e.ends_at)
            .max_by_key(|z| z.timestamp())
            .cloned();
        Ok(Timeline {
            protocol: protocol.id.clone(),
            protocol_version: protocol.version.clone(),
            zone: treatment.zone.name().to_string(),
            treated_at: treatment.ended_local(),
            now: now_local,
            day,
            entries,
            expected_today,
            last_end,
        })
    }

    pub fn entry(&self, rule: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.rule == rule)
    }
}

// ---------------------------------------------------------------- "Can I …?"

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Nothing stands in the way.
    Yes,
    /// Allowed, but a "limit" rule still asks for moderation.
    WithCare,
    /// An "avoid" rule is in force.
    NotYet,
}

/// A rule that bears on the answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub rule: String,
    pub title: String,
    /// `Limit` for a rule kept on while the skin heals, whatever the file says.
    pub strength: Strength,
    pub advice: String,
    pub facts: Vec<String>,
    /// When the window closes; absent when the rule stays on until the skin has settled.
    #[serde(with = "rfc3339_opt_serde")]
    pub until: Option<Zoned>,
    /// Why the rule stays on after its window (the latest check-in).
    pub still_healing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub query: String,
    pub verdict: Verdict,
    /// Every rule in force at the time asked about, strictest first.
    pub reasons: Vec<Reason>,
    /// From when the answer is a plain yes (absent when it already is, or when a rule
    /// stays on until the skin has settled).
    #[serde(with = "rfc3339_opt_serde")]
    pub fine_from: Option<Zoned>,
    /// One sentence for the client.
    pub summary: String,
}

/// Words clients use for the things they ask about: the question (or rule) of the built-in
/// protocol they mean, and the category to fall back on in a clinic's protocol.
const ALIASES: &[(&str, &str, &str)] = &[
    ("exercise", "gym", "activity"),
    ("workout", "gym", "activity"),
    ("sport", "gym", "activity"),
    ("sauna", "sauna-pool", "heat-water"),
    ("pool", "sauna-pool", "heat-water"),
    ("swim", "sauna-pool", "heat-water"),
    ("swimming", "sauna-pool", "heat-water"),
    ("hot-tub", "sauna-pool", "heat-water"),
    ("steam", "sauna-pool", "heat-water"),
    ("make-up", "makeup", "makeup"),
    ("sunbathe", "sun", "sun"),
    ("beach", "sun", "sun"),
    ("serum", "actives", "skincare"),
    ("retinol", "actives", "skincare"),
    ("acids", "actives", "skincare"),
    ("alcohol", "actives", "skincare"),
];

/// Which rules a query weighs: a question of the protocol (every rule it names), a rule id,
/// a category id, or a common word for one of them.
pub fn rules_for<'p>(protocol: &'p Protocol, query: &str) -> Result<Vec<&'p Rule>, Error> {
    let asked = query.trim().to_ascii_lowercase();
    let alias = ALIASES.iter().find(|(a, _, _)| *a == asked);
    let q = alias.map_or(asked.as_str(), |(_, t, _)| t).to_string();
    // A clinic's protocol may not have the built-in question a word points to.
    let q = match alias {
        Some((_, t, cat)) if protocol.question(t).is_none() && protocol.rule(t).is_none() => cat.to_string(),
        _ => q,
    };
    if let Some(question) = protocol.question(&q) {
        return Ok(question.rules.iter().filter_map(|id| protocol.rule(id)).collect());
    }
    if let Some(rule) = protocol.rule(&q) {
        return Ok(vec![rule]);
    }
    if let Some(cat) = Category::from_id(&q) {
        let rules: Vec<&Rule> = protocol.rules.iter().filter(|r| r.category == cat).collect();
        if !rules.is_empty() {
            return Ok(rules);
        }
    }
    let mut known: Vec<String> = protocol.questions.iter().map(|q| q.id.clone()).collect();
    for r in &protocol.rules {
        if !known.contains(&r.id) {
            known.push(r.id.clone());
        }
    }
    Err(Error::UnknownQuery {
        query: query.to_string(),
        known,
    })
}

/// One reason in words: "no gym or hard exercise until Fri 27 Nov, 15:30".
fn reason_words(r: &Reason, language: Language) -> String {
    let title = Arg::Text(language.mid_sentence(&r.title));
    match (&r.until, &r.still_healing) {
        (_, Some(why)) => language.text(
            "answer-reason-healing",
            &[("why", Arg::Text(why.clone())), ("title", Arg::Text(r.title.clone()))],
        ),
        (Some(until), None) => language.text(
            "answer-reason-until",
            &[("title", title), ("when", Arg::Text(dates::moment(language, until)))],
        ),
        (None, None) => language.text("answer-reason", &[("title", title)]),
    }
}

/// "Can I … at time `at`?", weighing every rule that bears on the question, with the
/// latest check-in (a "while healing" rule stays on while it shows redness or symptoms).
pub fn can_i(
    protocol: &Protocol,
    treatment: &Treatment,
    query: &str,
    at: Timestamp,
    latest: Option<&CheckIn>,
) -> Result<Answer, Error> {
    let rules = rules_for(protocol, query)?;
    let mut reasons = Vec::new();
    for rule in rules.iter().filter(|r| r.strength.restricts()) {
        let (start, end) = window(rule, treatment)?;
        let reason = |strength, until, still_healing| Reason {
            rule: rule.id.clone(),
            title: rule.title.clone(),
            strength,
            advice: rule.advice.clone(),
            facts: rule.facts.clone(),
            until,
            still_healing,
        };
        match status(start.timestamp(), end.timestamp(), at) {
            Status::Active => reasons.push(reason(rule.strength, Some(end), None)),
            Status::Over => {
                if let Some(why) = still_healing(rule, latest, &end, at, protocol.language) {
                    reasons.push(reason(Strength::Limit, None, Some(why)));
                }
            }
            Status::Upcoming => {}
        }
    }
    // Avoid before limit; among them, what lasts longest first (a rule kept on while
    // healing has no end yet, so it comes first).
    reasons.sort_by_key(|r| {
        (
            r.strength != Strength::Avoid,
            std::cmp::Reverse(r.until.as_ref().map_or(Timestamp::MAX, Zoned::timestamp)),
        )
    });
    let verdict = if reasons.iter().any(|r| r.strength == Strength::Avoid) {
        Verdict::NotYet
    } else if reasons.is_empty() {
        Verdict::Yes
    } else {
        Verdict::WithCare
    };
    let fine_from = if verdict == Verdict::Yes || reasons.iter().any(|r| r.until.is_none()) {
        None
    } else {
        reasons
            .iter()
            .filter_map(|r| r.until.as_ref())
            .max_by_key(|z| z.timestamp())
            .cloned()
    };
    let language = protocol.language;
    let listed = Arg::Text(
        reasons
            .iter()
            .map(|r| reason_words(r, language))
            .collect::<Vec<_>>()
            .join("; "),
    );
    let summary = match verdict {
        Verdict::Yes => {
            let do_rules: Vec<&str> = rules
                .iter()
                .filter(|r| !r.strength.restricts())
                .map(|r| r.title.as_str())
                .collect();
            if do_rules.is_empty() {
                language.text("answer-yes", &[])
            } else {
                language.text("answer-yes-and", &[("rules", Arg::Text(do_rules.join("; ")))])
            }
        }
        Verdict::WithCare => language.text("answer-with-care", &[("reasons", listed)]),
        Verdict::NotYet => match &fine_from {
            Some(f) => language.text(
                "answer-not-yet-until",
                &[
                    ("reasons", listed),
                    ("when", Arg::Text(dates::moment(language, f))),
                    ("left", Arg::Text(humanize(language, f.timestamp().duration_since(at)))),
                ],
            ),
            None => language.text("answer-not-yet", &[("reasons", listed)]),
        },
    };
    Ok(Answer {
        query: query.to_string(),
        verdict,
        reasons,
        fine_from,
        summary,
    })
}
