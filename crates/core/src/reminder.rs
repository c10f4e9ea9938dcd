//! The reminder plan: every notification the client should get, when, and with what words.
//!
//! The plan is a pure function of (protocol, treatment, preferences, check-ins). Each reminder has
//! an id derived from what it *is* (protocol, treatment, rule, kind, occurrence), never
//! from when it is due, so re-planning after a settings or zone change yields the same
//! ids: the runtime can tell a moved reminder from a new one and never delivers twice.

use std::collections::BTreeMap;

use jiff::civil::{Date, Time};
use jiff::{Timestamp, ToSpan, Zoned};
use serde::{Deserialize, Serialize};

use aftercare_i18n::Arg;

use crate::checkin::{self, CheckIn};
use crate::protocol::{Protocol, Rule};
use crate::time::{rfc3339_serde, Zone};
use crate::timeline::window;
use crate::treatment::Treatment;
use crate::Error;

/// The rule id check-in reminders carry.
pub const CHECKIN_RULE: &str = "checkin";
/// Days (1 = treatment date) on which the daily check-in reminder is always sent.
pub const CHECKIN_DAYS: [u32; 8] = [1, 2, 3, 4, 5, 6, 7, 14];
/// Days on which it is sent too while the skin has not settled (redness past a week is
/// itself a warning sign, R3): until two check-ins in a row are calm.
pub const CHECKIN_DAYS_UNTIL_SETTLED: std::ops::RangeInclusive<u32> = 8..=13;

/// A local period during which nothing may ring; reminders wait until it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: Time,
    pub end: Time,
}

impl QuietHours {
    pub fn new(start: Time, end: Time) -> Result<Self, Error> {
        if start == end {
            return Err(Error::Invalid {
                field: "quiet_hours",
                reason: aftercare_i18n::say("invalid-quiet-hours", &[]),
            });
        }
        Ok(Self { start, end })
    }

    /// Whether a local clock reading falls inside the quiet period.
    pub fn contains(&self, t: Time) -> bool {
        if self.start < self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }

    /// If `due` is inside quiet hours, the instant they end; otherwise `due` itself.
    pub fn postpone(&self, due: &Zoned) -> Result<Zoned, Error> {
        let mut at = due.clone();
        // A DST gap at the end of a long quiet period can jump straight into the next one;
        // two passes always suffice, the bound only guards against a bug looping forever.
        for _ in 0..4 {
            let next = self.postpone_once(&at)?;
            if next.timestamp() == at.timestamp() {
                break;
            }
            at = next;
        }
        Ok(at)
    }

    fn postpone_once(&self, due: &Zoned) -> Result<Zoned, Error> {
        let t = due.time();
        if !self.contains(t) {
            return Ok(due.clone());
        }
        // Overnight quiet hours entered before midnight end on the next local date.
        let date = if self.start > self.end && t >= self.start {
            next_day(due.date())?
        } else {
            due.date()
        };
        let amb = due.time_zone().to_ambiguous_zoned(date.to_datetime(self.end));
        let end = amb.clone().compatible().map_err(|_| Error::OutOfRange("quiet hours"))?;
        if end.timestamp() > due.timestamp() {
            return Ok(end);
        }
        // Quiet hours that end inside a fold, entered during the fold's second pass: the
        // first reading of the end time has already gone by, so take the second.
        let later = amb.later().map_err(|_| Error::OutOfRange("quiet hours"))?;
        Ok(if later.timestamp() > due.timestamp() {
            later
        } else {
            due.clone()
        })
    }
}

fn next_day(d: Date) -> Result<Date, Error> {
    d.checked_add(1.day()).map_err(|_| Error::OutOfRange("date"))
}

/// What the client chose about reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    /// Local time of the daily check-in reminder; `None` turns it off.
    pub checkin_at: Option<Time>,
    pub quiet_hours: Option<QuietHours>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            checkin_at: Some(Time::constant(20, 0, 0, 0)),
            quiet_hours: None,
        }
    }
}

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderKind {
    Start,
    Daily,
    End,
    CheckIn,
}

impl ReminderKind {
    fn tag(self) -> &'static str {
        match self {
            ReminderKind::Start => "start",
            ReminderKind::Daily => "daily",
            ReminderKind::End => "end",
            ReminderKind::CheckIn => "checkin",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reminder {
    /// Stable for the same protocol, treatment, rule, kind and occurrence.
    pub id: String,
    pub rule: String,
    pub kind: ReminderKind,
    /// Day number of the occurrence (1 = treatment date), for daily and check-in reminders.
    pub day: Option<u32>,
    /// When it should ring (after quiet hours).
    #[serde(with = "rfc3339_serde")]
    pub due_at: Zoned,
    /// When it would ring without quiet hours; what the app shows as "was due".
    #[serde(with = "rfc3339_serde")]
    pub planned_at: Zoned,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReminderPlan {
    /// Sorted by due instant, then id.
    pub reminders: Vec<Reminder>,
}

/// 64-bit FNV-1a: tiny, stable across builds and platforms (unlike std's hasher).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= u64::from(b'|');
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The stable id of one reminder.
pub fn reminder_id(protocol: &str, treatment: &Treatment, rule: &str, kind: ReminderKind, occurrence: u32) -> String {
    let ended = treatment.ended_at.as_second().to_string();
    let n = occurrence.to_string();
    format!(
        "{rule}-{}-{:016x}",
        kind.tag(),
        fnv1a(&[protocol, &ended, rule, kind.tag(), &n])
    )
}

struct Planner<'a> {
    protocol: &'a Protocol,
    treatment: &'a Treatment,
    prefs: &'a Preferences,
    history: &'a [CheckIn],
    out: Vec<Reminder>,
}

impl Planner<'_> {
    fn push(
        &mut self,
        rule: &str,
        kind: ReminderKind,
        day: Option<u32>,
        planned: Zoned,
        title: String,
        body: String,
    ) -> Result<(), Error> {
        let due = match &self.prefs.quiet_hours {
            Some(q) => q.postpone(&planned)?,
            None => planned.clone(),
        };
        let id = reminder_id(&self.protocol.id, self.treatment, rule, kind, day.unwrap_or(0));
        self.out.push(Reminder {
            id,
            rule: rule.to_string(),
            kind,
            day,
            due_at: due,
            planned_at: planned,
            title,
            body,
        });
        Ok(())
    }

    fn rule(&mut self, rule: &Rule) -> Result<(), Error> {
        let (start, end) = window(rule, self.treatment)?;
        let r = &rule.reminders;
        let body = rule.start_message.clone().unwrap_or_else(|| rule.advice.clone());
        if r.at_start {
            self.push(
                &rule.id,
                ReminderKind::Start,
                None,
                start.clone(),
                rule.title.clone(),
                body.clone(),
            )?;
        }
        if let Some(at) = r.daily_at {
            // One per local date strictly inside the window; the start and end reminders
            // cover the edges.
            let zone = self.treatment.zone.clone();
            let mut date = start.date();
            let mut previous = start.timestamp();
            while date <= end.date() {
                let due = zone.at(date, at)?;
                // `> previous`: when a zone skips a whole date (Samoa, 30 Dec 2011) that
                // date's reading resolves onto the next one; it is the same reminder.
                if due.timestamp() > previous && due.timestamp() < end.timestamp() {
                    previous = due.timestamp();
                    let day = u32::try_from(self.treatment.day_of(date)).map_err(|_| Error::OutOfRange("day"))?;
                    self.push(
                        &rule.id,
                        ReminderKind::Daily,
                        Some(day),
                        due,
                        rule.title.clone(),
                        body.clone(),
                    )?;
                }
                date = next_day(date)?;
            }
        }
        if r.at_end {
            let language = self.protocol.language;
            let healing =
                crate::timeline::still_healing(rule, checkin::latest(self.history), &end, end.timestamp(), language);
            let (title, msg) = match healing {
                // A minimum window never ends in a flat "fine again" while the skin heals.
                Some(why) => (
                    language.text("reminder-longer-title", &[("title", Arg::Text(rule.title.clone()))]),
                    language.text("reminder-longer-body", &[("why", Arg::Text(why))]),
                ),
                None => (
                    rule.end_title.clone().unwrap_or_else(|| rule.title.clone()),
                    rule.end_message.clone().unwrap_or_default(),
                ),
            };
            self.push(&rule.id, ReminderKind::End, None, end, title, msg)?;
        }
        Ok(())
    }

    fn checkins(&mut self, at: Time) -> Result<(), Error> {
        let zone: Zone = self.treatment.zone.clone();
        let day_one = self.treatment.day_one();
        // Not before the treatment ended, and never twice at one instant (a skipped date).
        let mut previous = self.treatment.ended_at;
        let settled = checkin::settled(self.history);
        let mut days: Vec<u32> = CHECKIN_DAYS.to_vec();
        if !settled {
            days.extend(CHECKIN_DAYS_UNTIL_SETTLED);
            days.sort_unstable();
        }
        for day in days {
            let date = day_one
                .checked_add(i64::from(day - 1).days())
                .map_err(|_| Error::OutOfRange("date"))?;
            let due = zone.at(date, at)?;
            if due.timestamp() <= previous {
                continue;
            }
            previous = due.timestamp();
            let language = self.protocol.language;
            let mut body = if day == 14 {
                language.text("reminder-checkin-last", &[])
            } else {
                language.text("reminder-checkin-body", &[("day", Arg::Number(f64::from(day)))])
            };
            if self.protocol.photo_days.contains(&day) {
                body.push(' ');
                body.push_str(&language.text("reminder-checkin-photo", &[]));
            }
            let title = language.text("reminder-checkin-title", &[]);
            self.push(CHECKIN_RULE, ReminderKind::CheckIn, Some(day), due, title, body)?;
        }
        Ok(())
    }
}

impl ReminderPlan {
    /// The plan for a treatment, given what the client has logged so far (it decides
    /// whether check-in reminders go on past the first week and how "while healing" rules end).
    pub fn build(
        protocol: &Protocol,
        treatment: &Treatment,
        prefs: &Preferences,
        history: &[CheckIn],
    ) -> Result<ReminderPlan, Error> {
        let mut p = Planner {
            protocol,
            treatment,
            prefs,
            history,
            out: Vec::with_capacity(64),
        };
        for rule in &protocol.rules {
            p.rule(rule)?;
        }
        if let Some(at) = prefs.checkin_at {
            p.checkins(at)?;
        }
        let mut reminders = p.out;
        reminders.sort_by(|a, b| {
            a.due_at
                .timestamp()
                .cmp(&b.due_at.timestamp())
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(ReminderPlan { reminders })
    }

    /// Reminders due strictly after `t`.
    pub fn after(&self, t: Timestamp) -> impl Iterator<Item = &Reminder> {
        self.reminders.iter().filter(move |r| r.due_at.timestamp() > t)
    }

    pub fn get(&self, id: &str) -> Option<&Reminder> {
        self.reminders.iter().find(|r| r.id == id)
    }
}

// ---------------------------------------------------------------- what changed

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved {
    pub id: String,
    pub title: String,
    #[serde(with = "rfc3339_serde")]
    pub from: Zoned,
    #[serde(with = "rfc3339_serde")]
    pub to: Zoned,
}

/// The difference between two plans, by reminder id.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PlanDiff {
    pub added: Vec<Reminder>,
    pub removed: Vec<Reminder>,
    pub moved: Vec<Moved>,
    pub unchanged: usize,
}

impl PlanDiff {
    pub fn between(old: &ReminderPlan, new: &ReminderPlan) -> PlanDiff {
        let old_by: BTreeMap<&str, &Reminder> = old.reminders.iter().map(|r| (r.id.as_str(), r)).collect();
        let new_by: BTreeMap<&str, &Reminder> = new.reminders.iter().map(|r| (r.id.as_str(), r)).collect();
        let mut d = PlanDiff::default();
        for r in &new.reminders {
            match old_by.get(r.id.as_str()) {
                None => d.added.push(r.clone()),
                Some(o) if o.due_at.timestamp() != r.due_at.timestamp() => d.moved.push(Moved {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    from: o.due_at.clone(),
                    to: r.due_at.clone(),
                }),
                Some(_) => d.unchanged += 1,
            }
        }
        d.removed = old
            .reminders
            .iter()
            .filter(|r| !new_by.contains_key(r.id.as_str()))
            .cloned()
            .collect();
        d
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.moved.is_empty()
    }
}

/// A window whose end moved because the client changed zone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WindowShift {
    pub rule: String,
    #[serde(with = "rfc3339_serde")]
    pub old_end: Zoned,
    #[serde(with = "rfc3339_serde")]
    pub new_end: Zoned,
}

/// What a move to another zone changes: hour windows keep their instants, day windows
/// follow the new zone's calendar, daily reminders ring at the chosen local time there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relocation {
    pub from_zone: String,
    pub to_zone: String,
    pub windows: Vec<WindowShift>,
    pub reminders: PlanDiff,
}

pub fn relocate(
    protocol: &Protocol,
    treatment: &Treatment,
    prefs: &Preferences,
    history: &[CheckIn],
    to: Zone,
) -> Result<Relocation, Error> {
    let moved = treatment.moved_to(to);
    let mut windows = Vec::new();
    for rule in &protocol.rules {
        let (_, old_end) = window(rule, treatment)?;
        let (_, new_end) = window(rule, &moved)?;
        if old_end.timestamp() != new_end.timestamp() {
            windows.push(WindowShift {
                rule: rule.id.clone(),
                old_end,
                new_end,
            });
        }
    }
    let old_plan = ReminderPlan::build(protocol, treatment, prefs, history)?;
    let new_plan = ReminderPlan::build(protocol, &moved, prefs, history)?;
    Ok(Relocation {
        from_zone: treatment.zone.name().to_string(),
        to_zone: moved.zone.name().to_string(),
        windows,
        reminders: PlanDiff::between(&old_plan, &new_plan),
    })
}
