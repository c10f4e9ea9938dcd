//! What every command shares: the store, the reminder scheduler, and a few switches.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use aftercare_reminders::{Scheduler, SystemClock};
use aftercare_store::Store;

use crate::views::OpenScreen;

/// Desktops show notifications through notify-rust (D-Bus on Linux, the system's own
/// centre on macOS and Windows). Phones never start the in-process loop (they hand the
/// plan to the OS scheduler), so nothing is sent through theirs.
#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
pub type AppNotifier = aftercare_reminders::DesktopNotifier;
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
pub type AppNotifier = aftercare_reminders::RecordingNotifier;

pub type AppScheduler = Scheduler<AppNotifier, SystemClock>;

/// Turns start-at-login on or off (the autostart plugin on desktops).
pub type Autostart = Box<dyn Fn(bool) -> crate::error::Result<()> + Send + Sync>;

/// Asks the webview's date and time fields to follow a locale ("de-DE"), done when WebKit
/// has it (`crate::fields`).
pub type DateFields =
    Box<dyn Fn(String) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> + Send + Sync>;

/// Who shows the reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    NotYet,
    /// This app, while it runs (also from the tray).
    ThisApp,
    /// Another process holds the reminders' lock (`aftercare daemon`).
    Elsewhere {
        holder: String,
    },
    /// The phone's own notifications.
    Phone,
    /// Nothing delivers them: the loop could not start.
    Failed {
        detail: String,
    },
}

pub struct AppState {
    pub scheduler: Arc<AppScheduler>,
    /// Where exports (backup, CSV, calendar) are written.
    pub export_dir: PathBuf,
    /// Who delivers reminders (the Reminders screen says it in the client's language).
    pub delivery: Mutex<Delivery>,
    pub keep_in_tray: AtomicBool,
    /// A form on the page holds input not yet saved (`form_unsaved`): closing the window
    /// then hides it instead, so the input is there when it opens again.
    form_unsaved: AtomicBool,
    pub autostart: Option<Autostart>,
    /// None in the command tests, which have no webview of WebKit's.
    pub date_fields: Option<DateFields>,
    /// Told when the page shows its first screen with data (the `ready` command).
    /// A watch, not a `Notify`: the tray and the reminder loop both wait for it.
    pub first_screen: tokio::sync::watch::Sender<bool>,
    /// The screen a notification asked for ("Log today"), kept until the page takes it
    /// (`asked_screen`): a page still loading when it was asked would miss an event.
    asked_screen: Mutex<Option<OpenScreen>>,
}

impl AppState {
    pub fn new(scheduler: AppScheduler, export_dir: PathBuf) -> Self {
        Self {
            scheduler: Arc::new(scheduler),
            export_dir,
            delivery: Mutex::new(Delivery::NotYet),
            keep_in_tray: AtomicBool::new(true),
            form_unsaved: AtomicBool::new(false),
            autostart: None,
            date_fields: None,
            first_screen: tokio::sync::watch::Sender::new(false),
            asked_screen: Mutex::new(None),
        }
    }

    /// A state over `store` whose reminder loop is not started (the command tests).
    pub fn with_store(store: Store, export_dir: PathBuf) -> Self {
        Self::new(Scheduler::new(store, AppNotifier::default(), SystemClock), export_dir)
    }

    pub fn store(&self) -> &Store {
        self.scheduler.store()
    }

    /// The treatment, settings, protocol or check-ins changed: re-plan once, now, and let
    /// the loop re-arm.
    pub async fn replan(&self) -> crate::error::Result<()> {
        self.scheduler.changed().await?;
        Ok(())
    }

    /// Waits until the page has shown its first screen, or `limit` at most (a page that
    /// never says so must not keep reminders from starting).
    pub async fn after_first_screen(mut first_screen: tokio::sync::watch::Receiver<bool>, limit: std::time::Duration) {
        let _ = tokio::time::timeout(limit, first_screen.wait_for(|shown| *shown)).await;
    }

    /// Keeps `screen` for the page to take, replacing one it hasn't taken yet.
    pub fn ask_screen(&self, screen: OpenScreen) {
        if let Ok(mut asked) = self.asked_screen.lock() {
            *asked = Some(screen);
        }
    }

    /// The screen asked for since the page last looked, once.
    pub fn take_asked_screen(&self) -> Option<OpenScreen> {
        self.asked_screen.lock().ok().and_then(|mut asked| asked.take())
    }

    pub fn set_delivery(&self, delivery: Delivery) {
        if let Ok(mut d) = self.delivery.lock() {
            *d = delivery;
        }
    }

    /// Who delivers reminders, in `language`.
    pub fn delivery(&self, language: aftercare_i18n::Language) -> String {
        let d = self.delivery.lock().map(|d| d.clone()).unwrap_or(Delivery::NotYet);
        match d {
            Delivery::NotYet => language.text("delivery-not-yet", &[]),
            Delivery::ThisApp => language.text("delivery-this-app", &[]),
            Delivery::Elsewhere { holder } => language.text("delivery-elsewhere", &[("holder", holder.into())]),
            Delivery::Phone => language.text("delivery-phone", &[]),
            Delivery::Failed { detail } => language.text("delivery-failed", &[("detail", detail.into())]),
        }
    }

    pub fn keep_in_tray(&self) -> bool {
        self.keep_in_tray.load(Ordering::Relaxed)
    }

    pub fn form_unsaved(&self) -> bool {
        self.form_unsaved.load(Ordering::Relaxed)
    }

    pub fn set_form_unsaved(&self, unsaved: bool) {
        self.form_unsaved.store(unsaved, Ordering::Relaxed);
    }

    pub fn set_keep_in_tray(&self, on: bool) {
        self.keep_in_tray.store(on, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::AppState;

    #[tokio::test]
    async fn every_waiter_hears_of_the_first_screen() {
        let (tx, _) = tokio::sync::watch::channel(false);
        let waiters: Vec<_> = (0..2)
            .map(|_| tokio::spawn(AppState::after_first_screen(tx.subscribe(), Duration::from_secs(30))))
            .collect();
        let started = Instant::now();
        tx.send_replace(true);
        for w in waiters {
            w.await.expect("waiter");
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "a waiter sat out the time limit"
        );
        // Told before anyone waits: no wait at all.
        AppState::after_first_screen(tx.subscribe(), Duration::from_secs(30)).await;
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
