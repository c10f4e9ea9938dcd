//! Where notifications go.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One notification: the reminders that fell due together (see `grouping`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub reminder_ids: Vec<String>,
    /// The rules it speaks of, in the order of its lines.
    pub rules: Vec<String>,
    pub title: String,
    pub body: String,
    /// The original due time of the (latest) reminder, shown as "was due" after a snooze.
    pub due_at: Timestamp,
    /// Notifications with the same key replace each other on screen instead of stacking
    /// (a day's check-in reminder).
    pub replaces: Option<String>,
    /// The language of the words the notifier adds (its actions' labels).
    pub language: aftercare_core::Language,
}

/// What the client did with a notification, where the platform supports actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Snooze,
    LogToday,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub kind: ActionKind,
    pub reminder_ids: Vec<String>,
}

pub trait Notifier: Send + Sync + 'static {
    /// Shows `n`. An error means the client did not see it: its reminders wait and are
    /// tried again (see [`crate::Scheduler::tick`]).
    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), crate::Error>>;

    /// Resolves when the notification service may have come back after a failure (on
    /// desktops: a server took the bus name), so waiting reminders are shown at once
    /// instead of at their next retry. The default never resolves: retries alone.
    fn recovered(&self) -> BoxFuture<'_, ()> {
        Box::pin(std::future::pending())
    }
}

/// Keeps every notification: the tests' notifier, and the phones' (whose in-process loop
/// never runs: the OS shows their reminders).
#[derive(Debug, Clone, Default)]
pub struct RecordingNotifier {
    sent: Arc<Mutex<Vec<Notification>>>,
}

impl RecordingNotifier {
    pub fn sent(&self) -> Vec<Notification> {
        self.sent.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Notifier for RecordingNotifier {
    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), crate::Error>> {
        Box::pin(async move {
            self.sent
                .lock()
                .map_err(|_| crate::Error::Notify("recorder poisoned".into()))?
                .push(n);
            Ok(())
        })
    }
}
