//! A recording notification server on the session bus, for the end-to-end test of the real
//! app (`tests/e2e`). Run it inside the same `dbus-run-session` as the app:
//!
//!     notification-recorder OUT.jsonl
//!
//! It prints `ready` once it owns org.freedesktop.Notifications, appends each notification
//! to OUT.jsonl as one JSON object (id, at, app, summary, body, actions, icon, replaces_id,
//! desktop_entry), and reads commands on
//! stdin: `click ID ACTION` sends the ActionInvoked signal, as a person's click would.

#[path = "../tests/support/recorder.rs"]
mod recorder;

use std::io::{BufRead, Write};
use std::sync::{Arc, Mutex};

use recorder::{Server, PATH};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: notification-recorder OUT.jsonl")?;
    let file = Mutex::new(std::fs::OpenOptions::new().create(true).append(true).open(&out)?);
    let mut server = Server::new(Arc::new(Mutex::new(Vec::new())));
    server.on_notify = Some(Box::new(move |r| {
        let line = serde_json::json!({
            "id": r.id, "at": r.at.to_string(), "app": r.app, "summary": r.summary, "body": r.body, "actions": r.actions,
            "icon": r.icon, "replaces_id": r.replaces_id, "desktop_entry": r.desktop_entry,
        });
        let mut f = file.lock().unwrap_or_else(|p| p.into_inner());
        // One write per line, flushed, so a reader never sees half a notification.
        let _ = f.write_all(format!("{line}\n").as_bytes()).and_then(|()| f.flush());
    }));
    let bus = zbus::connection::Builder::session()
        .name("org.freedesktop.Notifications")
        .serve_at(PATH, server)
        .build()
        .await?;
    println!("ready");
    std::io::stdout().flush()?;

    let iface = bus.object_server().interface::<_, Server>(PATH).await?;
    // stdin is read on its own thread; the commands come over here.
    let (tx, mut lines) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    while let Some(line) = lines.recv().await {
        match line.split_whitespace().collect::<Vec<_>>()[..] {
            ["click", id, action] => match id.parse() {
                Ok(id) => Server::action_invoked(iface.signal_emitter(), id, action).await?,
                Err(e) => eprintln!("notification-recorder: bad id {id:?}: {e}"),
            },
            [] => {}
            _ => eprintln!("notification-recorder: unknown command {line:?}"),
        }
    }
    Ok(())
}
