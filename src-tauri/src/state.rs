//! What every command shares: the store, the reminder scheduler, and a few switches.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

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

/// Closes the window or quits; the error's text, if it could not.
pub type LeaveFn = dyn Fn(Leaving) -> Result<(), String> + Send + Sync;

/// What the client was doing when asked about unsaved input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaving {
    /// Closing the window (to the tray, or quitting if there is none).
    Window,
    /// The tray's "Quit".
    App,
}

pub struct AppState {
    pub scheduler: Arc<AppScheduler>,
    /// Where exports (backup, CSV, calendar) are written.
    pub export_dir: PathBuf,
    /// Who delivers reminders (the Reminders screen says it in the client's language).
    pub delivery: Mutex<Delivery>,
    pub keep_in_tray: AtomicBool,
    /// A form on the page holds input not yet saved (`form_unsaved`): closing the window
    /// or quitting then asks the client first (`ask_leaving`).
    form_unsaved: AtomicBool,
    /// The client was asked whether to leave unsaved input (the window's close or the
    /// tray's "Quit") and hasn't answered yet.
    leaving: Mutex<Option<Leaving>>,
    /// Closes the window or quits once the client chose to leave unsaved input (set by
    /// `runtime::setup`, which has the app; the command tests set their own).
    leave: OnceLock<Box<LeaveFn>>,
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
            leaving: Mutex::new(None),
            leave: OnceLock::new(),
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

    /// The client is leaving (closing the window or quitting): true if the page should ask
    /// first, because a form holds unsaved input and nothing was asked yet. Leaving again
    /// while asked goes ahead (a page that can't answer must not keep the window open), and
    /// so does leaving with nothing unsaved; either way the page's input is gone after.
    pub fn ask_leaving(&self, how: Leaving) -> bool {
        let Ok(mut leaving) = self.leaving.lock() else {
            return false;
        };
        if self.form_unsaved() && leaving.is_none() {
            *leaving = Some(how);
            return true;
        }
        *leaving = None;
        self.set_form_unsaved(false);
        false
    }

    /// The page answered: what the client was leaving, if it was asked (the answer is taken once).
    pub fn answer_leaving(&self) -> Option<Leaving> {
        self.leaving.lock().ok().and_then(|mut leaving| leaving.take())
    }

    /// Sets what leaving does (once; later calls are ignored).
    pub fn on_leave(&self, leave: Box<LeaveFn>) {
        let _ = self.leave.set(leave);
    }

    /// The client chose to leave the unsaved input: what they were doing goes ahead. Nothing
    /// happens if nothing was asked (the question went with a page that reloaded).
    pub fn leave(&self) -> Result<(), String> {
        let Some(how) = self.answer_leaving() else {
            return Ok(());
        };
        self.set_form_unsaved(false);
        match self.leave.get() {
            Some(leave) => leave(how),
            None => Ok(()),
        }
    }

    /// The page is gone (the window closed, or a page starts loading in it: a reload, a new
    /// language), and any unsaved input and open question with it.
    pub fn page_gone(&self) {
        self.answer_leaving();
        self.set_form_unsaved(false);
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
