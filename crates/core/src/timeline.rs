//! The timeline: every rule's window as absolute instants, and where "now" stands.

use jiff::{Timestamp, Zoned};
use serde::Serialize;

use crate::protocol::{Category, ExpectedNote, Protocol, Rule, Strength};
use crate::time::{humanize, rfc3339_opt_serde, rfc3339_serde};
use crate::treatment::Treatment;
use crate::Error;

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
}

impl Entry {
    pub fn status_at(&self, t: Timestamp) -> Status {
        status(self.starts_at.timestamp(), self.ends_at.timestamp(), t)
    }

    pub fn contains(&self, t: Timestamp) -> bool {
        self.status_at(t) == Status::Active
    }
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
    pub fn build(protocol: &Protocol, treatment: &Treatment, now: Timestamp) -> Result<Timeline, Error> {
        let mut entries = Vec::with_capacity(protocol.rules.len());
        for rule in &protocol.rules {
            let (starts_at, ends_at) = window(rule, treatment)?;
            let st = status(starts_at.timestamp(), ends_at.timestamp(), now);
            let left = match st {
                Status::Upcoming => Some(starts_at.timestamp().duration_since(now)),
                Status::Active => Some(ends_at.timestamp().duration_since(now)),
                Status::Over => None,
            };
            entries.push(Entry {
                rule: rule.id.clone(),
                category: rule.category,
                strength: rule.strength,
                title: rule.title.clone(),
                advice: rule.advice.clone(),
                facts: rule.facts.clone(),
                starts_at,
                ends_at,
                status: st,
                seconds_left: left.map(|d| d.as_secs()),
                time_left: left.map(humanize),
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
    pub strength: Strength,
    pub advice: String,
    pub facts: Vec<String>,
    #[serde(with = "rfc3339_serde")]
    pub until: Zoned,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub query: String,
    pub verdict: Verdict,
    /// The rules in force at the time asked about, strictest first.
    pub reasons: Vec<Reason>,
    /// From when the answer is a plain yes (absent when it already is).
    #[serde(with = "rfc3339_opt_serde")]
    pub fine_from: Option<Zoned>,
    /// One sentence for the client.
    pub summary: String,
}

/// Words clients use for the things they ask about, mapped to a rule id or category.
const ALIASES: &[(&str, &str)] = &[
    ("exercise", "activity"),
    ("workout", "activity"),
    ("sport", "activity"),
    ("sauna", "heat-water"),
    ("pool", "heat-water"),
    ("swim", "heat-water"),
    ("swimming", "heat-water"),
    ("hot-tub", "heat-water"),
    ("steam", "heat-water"),
    ("make-up", "makeup"),
    ("sunbathe", "sun"),
    ("beach", "sun"),
    ("serum", "actives"),
    ("retinol", "actives"),
    ("acids", "actives"),
    ("alcohol", "actives"),
];

/// Which rules a query names: a rule id, a category id, or a common word for one.
pub fn rules_for<'p>(protocol: &'p Protocol, query: &str) -> Result<Vec<&'p Rule>, Error> {
    let q = query.trim().to_ascii_lowercase();
    let q = ALIASES
        .iter()
        .find(|(a, _)| *a == q)
        .map_or(q.as_str(), |(_, t)| t)
        .to_string();
    if let Some(rule) = protocol.rule(&q) {
        return Ok(vec![rule]);
    }
    if let Some(cat) = Category::from_id(&q) {
        let rules: Vec<&Rule> = protocol.rules.iter().filter(|r| r.category == cat).collect();
        if !rules.is_empty() {
            return Ok(rules);
        }
    }
    Err(Error::UnknownQuery {
        query: query.to_string(),
        known: protocol.rules.iter().map(|r| r.id.clone()).collect(),
    })
}

/// "Can I … at time `at`?"
pub fn can_i(protocol: &Protocol, treatment: &Treatment, query: &str, at: Timestamp) -> Result<Answer, Error> {
    let rules = rules_for(protocol, query)?;
    let mut reasons = Vec::new();
    for rule in rules.iter().filter(|r| r.strength.restricts()) {
        let (start, end) = window(rule, treatment)?;
        if status(start.timestamp(), end.timestamp(), at) == Status::Active {
            reasons.push(Reason {
                rule: rule.id.clone(),
                title: rule.title.clone(),
                strength: rule.strength,
                advice: rule.advice.clone(),
                facts: rule.facts.clone(),
                until: end,
            });
        }
    }
    reasons.sort_by_key(|r| (r.strength != Strength::Avoid, std::cmp::Reverse(r.until.timestamp())));
    let verdict = if reasons.iter().any(|r| r.strength == Strength::Avoid) {
        Verdict::NotYet
    } else if reasons.is_empty() {
        Verdict::Yes
    } else {
        Verdict::WithCare
    };
    let fine_from = reasons.iter().map(|r| &r.until).max_by_key(|z| z.timestamp()).cloned();
    let at_z = treatment.zone.local(at);
    let summary = match (&verdict, &fine_from) {
        (Verdict::Yes, _) => {
            let do_rules: Vec<&str> = rules
                .iter()
                .filter(|r| !r.strength.restricts())
                .map(|r| r.title.as_str())
                .collect();
            if do_rules.is_empty() {
                format!("Yes: nothing in your aftercare stands in the way of {query}.")
            } else {
                format!("Yes, and it's part of your aftercare: {}.", do_rules.join("; "))
            }
        }
        (Verdict::WithCare, Some(until)) => format!(
            "Yes, with care: {} for {} more (until {}).",
            reasons[0].title.to_lowercase(),
            humanize(until.timestamp().duration_since(at)),
            until.strftime("%a %-d %b %H:%M")
        ),
        (Verdict::NotYet, Some(until)) => format!(
            "Not yet: {}. Fine from {} (in {}).",
            reasons[0].title.to_lowercase(),
            until.strftime("%a %-d %b %H:%M"),
            humanize(until.timestamp().duration_since(at_z.timestamp()))
        ),
        (_, None) => String::from("Yes."),
    };
    let fine_from = if verdict == Verdict::Yes { None } else { fine_from };
    Ok(Answer {
        query: query.to_string(),
        verdict,
        reasons,
        fine_from,
        summary,
    })
}
