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

pub use checkin::{CheckIn, CheckInDraft, Redness};
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
    #[error("unknown time zone \"{0}\": use an IANA name like Europe/Berlin or America/New_York")]
    UnknownZone(String),
    #[error("can't read \"{0}\" as a moment: use 2026-11-20T14:00 (local time) or 2026-11-20T13:00:00Z")]
    BadMoment(String),
    #[error("can't read \"{0}\" as a time of day: use HH:MM, like 20:00")]
    BadTimeOfDay(String),
    /// `reason` is a whole sentence a client reads next to the field.
    #[error("{reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("nothing called \"{query}\" in this protocol; try one of: {}", known.join(", "))]
    UnknownQuery { query: String, known: Vec<String> },
    #[error("the {0} is outside the range this app can compute")]
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
