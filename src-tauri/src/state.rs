//! What every command shares: the store, the reminder scheduler, and a few switches.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use aftercare_reminders::{Scheduler, SystemClock};
use aftercare_store::Store;

/// Desktop Linux notifies over D-Bus. Elsewhere the in-process loop is never started
/// (phones hand the plan to the OS scheduler), so nothing is ever sent through it.
#[cfg(target_os = "linux")]
pub type AppNotifier = aftercare_reminders::DesktopNotifier;
#[cfg(not(target_os = "linux"))]
pub type AppNotifier = aftercare_reminders::RecordingNotifier;

pub type AppScheduler = Scheduler<AppNotifier, SystemClock>;

/// Turns start-at-login on or off (the autostart plugin on desktops).
pub type Autostart = Box<dyn Fn(bool) -> Result<(), String> + Send + Sync>;

pub struct AppState {
    pub scheduler: Arc<AppScheduler>,
    /// Where exports (backup, CSV, calendar) are written.
    pub export_dir: PathBuf,
    /// Who delivers reminders, in words for the Reminders screen.
    pub delivery: Mutex<String>,
    pub keep_in_tray: AtomicBool,
    pub autostart: Option<Autostart>,
    /// Told when the page shows its first screen with data (the `ready` command).
    pub first_screen: Arc<tokio::sync::Notify>,
}

impl AppState {
    pub fn new(scheduler: AppScheduler, export_dir: PathBuf) -> Self {
        Self {
            scheduler: Arc::new(scheduler),
            export_dir,
            delivery: Mutex::new("Reminders are not running yet.".into()),
            keep_in_tray: AtomicBool::new(true),
            autostart: None,
            first_screen: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// A state over `store` whose reminder loop is not started (tests, tools).
    pub fn with_store(store: Store, export_dir: PathBuf) -> Self {
        Self::new(Scheduler::new(store, AppNotifier::default(), SystemClock), export_dir)
    }

    pub fn store(&self) -> &Store {
        self.scheduler.store()
    }

    /// The treatment, settings or protocol changed: re-plan now and let the loop re-arm.
    pub async fn replan(&self) -> crate::error::Result<()> {
        self.scheduler.replan().await?;
        self.scheduler.wake_handle().notify_one();
        Ok(())
    }

    /// Waits until the page has shown its first screen, or `limit` at most (a page that
    /// never says so must not keep reminders from starting).
    pub async fn after_first_screen(first_screen: Arc<tokio::sync::Notify>, limit: std::time::Duration) {
        let _ = tokio::time::timeout(limit, first_screen.notified()).await;
    }

    pub fn set_delivery(&self, text: impl Into<String>) {
        if let Ok(mut d) = self.delivery.lock() {
            *d = text.into();
        }
    }

    pub fn delivery(&self) -> String {
        self.delivery.lock().map(|d| d.clone()).unwrap_or_default()
    }

    pub fn keep_in_tray(&self) -> bool {
        self.keep_in_tray.load(Ordering::Relaxed)
    }

    pub fn set_keep_in_tray(&self, on: bool) {
        self.keep_in_tray.store(on, Ordering::Relaxed);
    }
}
