//! The aftercare domain: from "my treatment ended at this moment, here" to a personal
//! aftercare timeline, reminder plan, check-in judgement and next-session plan.
//!
//! No I/O, no async, no UI: the store keeps, the reminder runtime delivers, the shells
//! translate. Time semantics are documented in [`time`].

pub mod checkin;
pub mod escalation;
pub mod fact;
pub mod ics;
pub mod photo;
pub mod protocol;
pub mod redflag;
pub mod reminder;
pub mod screening;
pub mod series;
pub mod settings;
pub mod time;
pub mod timeline;
pub mod treatment;
pub mod zones;

use aftercare_i18n::say;
/// The languages the words come in (the catalog lives in `aftercare-i18n`).
pub use aftercare_i18n::Language;
pub use checkin::{CheckIn, CheckInDraft, Redness, Symptom, Symptoms};
pub use protocol::{Category, Protocol, ProtocolError, Rule, Strength};
pub use redflag::{assess, Assessment, RedFlag, Tier};
pub use reminder::{relocate, Preferences, QuietHours, Reminder, ReminderKind, ReminderPlan};
pub use screening::{ScreeningAnswers, ScreeningResult};
pub use series::{MarkedEvent, SeriesPlan};
pub use settings::Settings;
pub use time::{Offset, Zone};
pub use timeline::{can_i, Answer, Status, Timeline, Verdict};
pub use treatment::Treatment;

/// Everything the domain refuses, each with what a person needs to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    #[error("{}", say("error-unknown-zone", &[("zone", .0.as_str().into())]))]
    UnknownZone(String),
    #[error("{}", say("error-bad-moment", &[("text", .0.as_str().into())]))]
    BadMoment(String),
    #[error("{}", say("error-bad-time-of-day", &[("text", .0.as_str().into())]))]
    BadTimeOfDay(String),
    /// `reason` is a whole sentence a client reads next to the field.
    #[error("{reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("{}", say("error-unknown-query", &[("query", query.as_str().into()), ("known", known.join(", ").into())]))]
    UnknownQuery { query: String, known: Vec<String> },
    #[error("{}", say("error-out-of-range", &[("what", (*.0).into())]))]
    OutOfRange(&'static str),
}

impl Error {
    /// A stable machine-readable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Protocol(_) => "protocol",
            Error::UnknownZone(_) => "unknown-zone",
            Error::BadMoment(_) => "bad-moment",
            Error::BadTimeOfDay(_) => "bad-time-of-day",
            Error::Invalid { .. } => "invalid",
            Error::UnknownQuery { .. } => "unknown-query",
            Error::OutOfRange(_) => "out-of-range",
        }
    }
}
