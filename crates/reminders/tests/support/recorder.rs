//! A recording notification server (org.freedesktop.Notifications, written with zbus) for
//! tests: it keeps every notification it is asked to show, announces action support, and can
//! send the "clicked" signal back. Used by `tests/dbus_delivery.rs` and by the
//! `notification-recorder` example, which the end-to-end test runs beside the real app.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use zbus::object_server::SignalEmitter;
use zbus::OwnedVariant;

pub const PATH: &str = "/org/freedesktop/Notifications";

#[derive(Debug, Clone)]
pub struct Received {
    pub id: u32,
    pub at: Timestamp,
    pub app: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub icon: String,
    /// The id of the notification this one replaces (0: none).
    pub replaces_id: u32,
    /// The `desktop-entry` hint: which app's desktop entry the server files it under.
    pub desktop_entry: Option<String>,
}

type OnNotify = Box<dyn Fn(&Received) + Send + Sync>;

pub struct Server {
    pub received: Arc<Mutex<Vec<Received>>>,
    /// Called for each notification as it arrives (the example writes it to a file).
    pub on_notify: Option<OnNotify>,
}

impl Server {
    pub fn new(received: Arc<Mutex<Vec<Received>>>) -> Self {
        Self {
            received,
            on_notify: None,
        }
    }
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut all = self.received.lock().unwrap_or_else(|p| p.into_inner());
        // A replacement keeps the id it replaces, as the specification asks of servers.
        let id = match replaces_id {
            0 => u32::try_from(all.len() + 1).unwrap_or(u32::MAX),
            earlier => earlier,
        };
        let r = Received {
            id,
            at: Timestamp::now(),
            app: app_name,
            summary,
            body,
            actions,
            icon: app_icon,
            replaces_id,
            desktop_entry: hints
                .get("desktop-entry")
                .and_then(|v| <&str>::try_from(&**v).ok())
                .map(str::to_string),
        };
        if let Some(f) = &self.on_notify {
            f(&r);
        }
        let id = r.id;
        all.push(r);
        id
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into(), "actions".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("recorder".into(), "aftercare tests".into(), "1".into(), "1.2".into())
    }

    fn close_notification(&self, _id: u32) {}

    #[zbus(signal)]
    pub async fn action_invoked(emitter: &SignalEmitter<'_>, id: u32, action_key: &str) -> zbus::Result<()>;
}
