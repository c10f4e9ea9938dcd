//! Phones: [`OsSchedule`] on tauri-plugin-notification. The reminders crate defines the
//! trait and stays free of Tauri; the plugin lives here, in the shell. Compiled for
//! Android and iOS only (the project's machines build neither: see the README).

use aftercare_reminders::mobile::OsSchedule;
use aftercare_reminders::{Error, Result};
use jiff::Timestamp;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::{NotificationExt, Schedule};

pub struct PluginSchedule<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> PluginSchedule<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        Self { app }
    }
}

impl<R: Runtime> OsSchedule for PluginSchedule<R> {
    fn cancel_all(&self) -> Result<()> {
        self.app
            .notification()
            .cancel_all()
            .map_err(|e| Error::Notify(e.to_string()))
    }

    fn schedule(&self, id: i32, at: Timestamp, title: &str, body: &str) -> Result<()> {
        let date =
            time::OffsetDateTime::from_unix_timestamp(at.as_second()).map_err(|e| Error::Notify(e.to_string()))?;
        self.app
            .notification()
            .builder()
            .id(id)
            .title(title)
            .body(body)
            // Exact, and allowed during Doze: an aftercare reminder is time-bound.
            .schedule(Schedule::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show()
            .map_err(|e| Error::Notify(e.to_string()))
    }
}
