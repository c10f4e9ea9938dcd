//! Linux desktop notifications over D-Bus (org.freedesktop.Notifications) via notify-rust.
//! notify-rust's calls block, so they run on tokio's blocking pool, never on a worker.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::mpsc::UnboundedSender;

use crate::{Action, ActionKind, BoxFuture, Error, Notification, Notifier};

pub const APP_NAME: &str = "Aftercare Companion";
/// The app's id (`identifier` in tauri.conf.json): the name of its desktop entry
/// (`packaging/linux/app.aftercare.companion.desktop`) and of its installed icon, so
/// notification servers show and group the notifications as this app's.
pub const APP_ID: &str = "app.aftercare.companion";
const SERVICE: &str = "org.freedesktop.Notifications";

/// The icon notifications carry: the app id where an icon theme has it installed (the
/// package), else the icon of the source tree this binary was built from (`make run`, a
/// daemon built from source), else the app id all the same.
fn icon() -> &'static str {
    static ICON: OnceLock<String> = OnceLock::new();
    ICON.get_or_init(|| {
        let home_data = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
        let system_data = std::env::var("XDG_DATA_DIRS").unwrap_or_else(|_| "/usr/local/share:/usr/share".into());
        let installed = home_data
            .into_iter()
            .chain(system_data.split(':').filter(|d| !d.is_empty()).map(PathBuf::from))
            .any(|d| {
                ["32x32", "128x128", "256x256"]
                    .iter()
                    .any(|size| d.join(format!("icons/hicolor/{size}/apps/{APP_ID}.png")).is_file())
            });
        let source = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/128x128.png"));
        match (installed, source.canonicalize()) {
            (false, Ok(path)) => path.to_string_lossy().into_owned(),
            _ => APP_ID.to_string(),
        }
    })
}

#[derive(Debug, Default)]
pub struct DesktopNotifier {
    /// Where "Snooze" / "Log today" clicks go; without it no actions are offered.
    actions: Option<UnboundedSender<Action>>,
    /// The server's capabilities, asked once per server: forgotten after a failure,
    /// since the server that comes back may be another one.
    capabilities: Mutex<Option<Vec<String>>>,
    /// The last notification shown under each replace key. A server that replaces one
    /// does not say the old one closed, so its click handler would live on: the
    /// generation lets it see that it is out of date and drop the click.
    shown_as: Arc<Mutex<HashMap<String, Shown>>>,
    generations: AtomicU64,
}

#[derive(Debug, Clone, Copy)]
struct Shown {
    /// The server's id for it.
    id: u32,
    generation: u64,
}

/// Servers that announce "body-markup" read the body as a small HTML subset: escape it
/// so text shows as text.
fn escape_markup(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

impl DesktopNotifier {
    pub fn new(actions: Option<UnboundedSender<Action>>) -> Self {
        Self {
            actions,
            capabilities: Mutex::new(None),
            shown_as: Arc::default(),
            generations: AtomicU64::new(0),
        }
    }
}

impl DesktopNotifier {
    async fn capabilities(&self) -> Result<Vec<String>, Error> {
        if let Some(c) = self.capabilities.lock().ok().and_then(|c| c.clone()) {
            return Ok(c);
        }
        let c = tokio::task::spawn_blocking(notify_rust::get_capabilities)
            .await
            .map_err(|e| Error::Notify(e.to_string()))?
            .map_err(|e| Error::Notify(e.to_string()))?;
        if let Ok(mut slot) = self.capabilities.lock() {
            *slot = Some(c.clone());
        }
        Ok(c)
    }

    /// After a failure the server may be another one, with its own ids.
    fn forget_server(&self) {
        if let Ok(mut slot) = self.capabilities.lock() {
            *slot = None;
        }
        if let Ok(mut shown) = self.shown_as.lock() {
            shown.clear();
        }
    }
}

/// How often to look for a session bus while there is none and reminders wait.
const BUS_POLL: std::time::Duration = std::time::Duration::from_secs(5);

/// Waits for a notification server to take its name on the session bus. Without a bus it
/// looks for one every [`BUS_POLL`]; on a bus that appeared meanwhile, a server already
/// there counts too. On the bus the failure happened on, only a new owner of the name
/// does, so a server that is there but refuses is not asked again at once.
async fn server_appears() {
    use futures_lite::StreamExt;
    let mut bus_appeared = false;
    let conn = loop {
        match zbus::Connection::session().await {
            Ok(c) => break c,
            Err(e) => {
                tracing::debug!(error = %e, "no session bus yet");
                bus_appeared = true;
                tokio::time::sleep(BUS_POLL).await;
            }
        }
    };
    let watch = async {
        let bus = zbus::fdo::DBusProxy::new(&conn).await?;
        let mut changes = bus.receive_name_owner_changed_with_args(&[(0, SERVICE)]).await?;
        if bus_appeared && bus.name_has_owner(SERVICE.try_into()?).await? {
            return Ok(());
        }
        while let Some(change) = changes.next().await {
            if change.args().is_ok_and(|a| a.new_owner().is_some()) {
                return Ok(());
            }
        }
        Err(zbus::Error::InvalidReply)
    };
    let result: zbus::Result<()> = watch.await;
    if let Err(e) = result {
        tracing::debug!(error = %e, "can't watch for the notification service");
        std::future::pending::<()>().await;
    }
}

impl Notifier for DesktopNotifier {
    fn recovered(&self) -> BoxFuture<'_, ()> {
        Box::pin(server_appears())
    }

    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            let shown = self.show(n).await;
            if shown.is_err() {
                self.forget_server();
            }
            shown
        })
    }
}

impl DesktopNotifier {
    async fn show(&self, n: Notification) -> Result<(), Error> {
        let caps = self.capabilities().await?;
        let with_actions = self.actions.is_some() && caps.iter().any(|c| c == "actions");
        let markup = caps.iter().any(|c| c == "body-markup");
        let sender = self.actions.clone();
        let replaces = n.replaces.clone();
        let earlier = replaces
            .as_ref()
            .and_then(|key| self.shown_as.lock().ok().and_then(|m| m.get(key).map(|s| s.id)));
        let generation = self.generations.fetch_add(1, Ordering::Relaxed);
        let shown_as = self.shown_as.clone();
        tokio::task::spawn_blocking(move || {
            let mut note = notify_rust::Notification::new();
            note.appname(APP_NAME)
                .summary(&n.title)
                .body(&if markup { escape_markup(&n.body) } else { n.body.clone() })
                .icon(icon())
                .hint(notify_rust::Hint::DesktopEntry(APP_ID.into()))
                .hint(notify_rust::Hint::Category("reminder".into()))
                .timeout(notify_rust::Timeout::Default);
            if let Some(id) = earlier {
                note.id(id);
            }
            if with_actions {
                note.action("snooze", &n.language.text("notification-snooze", &[]));
                note.action("log-today", &n.language.text("notification-log-today", &[]));
            }
            let handle = note.show().map_err(|e| Error::Notify(e.to_string()))?;
            if let (Some(key), Ok(mut shown)) = (&replaces, shown_as.lock()) {
                let id = handle.id();
                shown.insert(key.clone(), Shown { id, generation });
            }
            if let (true, Some(tx)) = (with_actions, sender) {
                let ids = n.reminder_ids.clone();
                // Waits for the click on its own thread; ends when the notification closes.
                std::thread::spawn(move || {
                    handle.wait_for_action(|action| {
                        let replaced = replaces.as_ref().is_some_and(|key| {
                            shown_as
                                .lock()
                                .ok()
                                .and_then(|m| m.get(key).map(|s| s.generation))
                                .is_some_and(|latest| latest != generation)
                        });
                        if replaced {
                            return;
                        }
                        let kind = match action {
                            "snooze" => Some(ActionKind::Snooze),
                            "log-today" | "default" => Some(ActionKind::LogToday),
                            _ => None,
                        };
                        if let Some(kind) = kind {
                            let _ = tx.send(Action {
                                kind,
                                reminder_ids: ids,
                            });
                        }
                    });
                });
            }
            Ok(())
        })
        .await
        .map_err(|e| Error::Notify(e.to_string()))?
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_escaped() {
        assert_eq!(super::escape_markup("<b>a</b> & b"), "&lt;b&gt;a&lt;/b&gt; &amp; b");
    }
}
