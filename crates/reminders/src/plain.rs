//! macOS and Windows desktop notifications via notify-rust (the system's notification
//! centre). They carry the title and the body; the actions ("Snooze", "Log today") and
//! replacing a shown notification are D-Bus features, so here a click just brings the app
//! forward as the system does. notify-rust's calls block, so they run on tokio's blocking pool.
//!
//! Not built on this project's machines (Linux only, no macOS or Windows standard
//! library installed): see the README.

use tokio::sync::mpsc::UnboundedSender;

use crate::{Action, BoxFuture, Error, Notification, Notifier};

pub const APP_NAME: &str = "Aftercare Companion";
/// The app's identifier (tauri.conf.json): the bundle id on macOS, the AppUserModelID the
/// Windows installer registers, so notifications show and open as this app's.
pub const APP_ID: &str = "app.aftercare.companion";

#[derive(Debug, Default)]
pub struct DesktopNotifier;

impl DesktopNotifier {
    /// The same constructor as on Linux; clicks on actions are not offered here.
    pub fn new(_actions: Option<UnboundedSender<Action>>) -> Self {
        // Without it, macOS shows them as Finder's.
        #[cfg(target_os = "macos")]
        if let Err(e) = notify_rust::set_application(APP_ID) {
            tracing::warn!(error = %e, "notifications will not carry the app's name");
        }
        Self
    }
}

impl Notifier for DesktopNotifier {
    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut note = notify_rust::Notification::new();
                note.appname(APP_NAME).summary(&n.title).body(&n.body);
                #[cfg(target_os = "windows")]
                note.app_id(APP_ID);
                note.show().map(|_| ()).map_err(|e| Error::Notify(e.to_string()))
            })
            .await
            .map_err(|e| Error::Notify(e.to_string()))?
        })
    }
}
