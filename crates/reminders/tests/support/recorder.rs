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
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut all = self.received.lock().unwrap_or_else(|p| p.into_inner());
        let r = Received {
            id: u32::try_from(all.len() + 1).unwrap_or(u32::MAX),
            at: Timestamp::now(),
            app: app_name,
            summary,
            body,
            actions,
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
