//! The reminder runtime: delivers the aftercare reminder plan as local notifications, at
//! the right moment, exactly once, across restarts, sleep, clock changes and moves.
//!
//! * The plan comes from `aftercare-core`, the ledger lives in `aftercare-store`.
//! * [`Scheduler::tick`] claims what is due in one database transaction (delivered,
//!   missed or skipped) *before* notifying, so a crash can't deliver twice; a show that
//!   fails hands its reminders back as "not shown", retried while their grace lasts.
//! * [`Scheduler::run`] sleeps until the next due reminder on the wall clock
//!   ([`Clock::sleep_until`]; on Linux a timerfd that also rings when the clock is set,
//!   elsewhere slices of at most a minute), then re-reads the wall clock: tokio's timers
//!   stop while the machine sleeps and know nothing of clock changes.
//! * One scheduler per database: [`SchedulerLock`].

mod actions;
mod clock;
mod grouping;
mod lock;
pub mod mobile;
mod notifier;
mod scheduler;

#[cfg(target_os = "linux")]
mod desktop;
#[cfg(any(target_os = "macos", target_os = "windows"))]
mod plain;
#[cfg(target_os = "linux")]
mod wall_timer;

pub use actions::{deliver, follow_actions};
pub use clock::{Clock, SystemClock};
#[cfg(target_os = "linux")]
pub use desktop::DesktopNotifier;
pub use lock::SchedulerLock;
pub use notifier::{Action, ActionKind, BoxFuture, Notification, Notifier, RecordingNotifier};
#[cfg(any(target_os = "macos", target_os = "windows"))]
pub use plain::DesktopNotifier;
pub use scheduler::{retry_after, Scheduler, SnoozeChoice, Tick, GATHER, MAX_SLICE};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    #[error(transparent)]
    Domain(#[from] aftercare_core::Error),
    #[error("notification failed: {0}")]
    Notify(String),
    #[error("{}", aftercare_i18n::say("reminders-locked", &[("holder", holder.as_str().into()), ("path", path.as_str().into())]))]
    Locked { holder: String, path: String },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
