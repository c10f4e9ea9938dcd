//! What the tests of a notification service that comes late share: a treatment ending now
//! (its five start reminders due at once), the scheduler running on the real desktop
//! notifier, a recording server started on a bus, and the check of what it received.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aftercare_core::{Settings, Zone};
use aftercare_reminders::{DesktopNotifier, Scheduler, SystemClock};
use aftercare_store::{LedgerEntry, LedgerState, NewTreatment, Store, TreatmentRecord};
use jiff::Timestamp;

use super::recorder::{Received, Server, PATH};

pub struct Running {
    pub store: Store,
    pub treatment: TreatmentRecord,
    stop: tokio::sync::watch::Sender<bool>,
    runner: tokio::task::JoinHandle<aftercare_reminders::Result<()>>,
    _dir: tempfile::TempDir,
}

/// A treatment that ended now, and the reminder loop running over it.
pub async fn treated_now() -> Running {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(&dir.path().join("aftercare.db")).await.expect("store");
    // Daily reminders ring on the hour: away from it, the start reminders are not held
    // (GATHER) to share a notification with one (Berlin's minutes are UTC's, Kolkata's
    // half an hour off).
    let minute = Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).minute();
    let zone = Zone::new(if minute >= 54 { "Asia/Kolkata" } else { "Europe/Berlin" }).expect("zone");
    store
        .save_settings(&Settings::new(zone.clone()))
        .await
        .expect("settings");
    let treatment = store
        .add_treatment(&NewTreatment::new(Timestamp::now(), zone))
        .await
        .expect("treatment");
    let scheduler = Arc::new(Scheduler::new(store.clone(), DesktopNotifier::new(None), SystemClock));
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let runner = tokio::spawn(async move { scheduler.run(stop_rx).await });
    Running {
        store,
        treatment,
        stop,
        runner,
        _dir: dir,
    }
}

impl Running {
    /// The five start reminders, once recorded as not shown.
    pub async fn waiting(&self) -> Vec<LedgerEntry> {
        tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                let w = self.store.not_shown(self.treatment.id).await.expect("ledger");
                if w.len() == 5 {
                    break w;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
        .await
        .expect("the start reminders were never recorded as not shown")
    }

    pub async fn delivered(&self) -> usize {
        let ledger = self.store.ledger(self.treatment.id).await.expect("ledger");
        ledger.iter().filter(|e| e.state == LedgerState::Delivered).count()
    }

    pub async fn stop(self) {
        self.stop.send(true).expect("stop");
        self.runner.await.expect("join").expect("scheduler ran cleanly");
    }
}

/// A recording notification server on the bus at `address`, and what it receives.
pub async fn serve(address: &str) -> (zbus::Connection, Arc<Mutex<Vec<Received>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let server = zbus::connection::Builder::address(address)
        .name("org.freedesktop.Notifications")
        .serve_at(PATH, Server::new(received.clone()))
        .build()
        .await
        .expect("notification server");
    (server, received)
}

/// When the first notification arrived, within `limit`.
pub async fn first_arrival(received: &Arc<Mutex<Vec<Received>>>, limit: Duration) -> Timestamp {
    tokio::time::timeout(limit, async {
        loop {
            if !received.lock().expect("lock").is_empty() {
                break Timestamp::now();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the waiting reminders never reached the server")
}

/// After a moment for a duplicate to show up: one notification, the start of the
/// aftercare listing the five rules, the app's, received after `started`; and the five
/// reminders delivered, none waiting.
pub async fn assert_one_start_notification(run: &Running, received: &Arc<Mutex<Vec<Received>>>, started: Timestamp) {
    tokio::time::sleep(Duration::from_secs(2)).await;
    let all = received.lock().expect("lock").clone();
    assert_eq!(all.len(), 1, "one notification, shown once: {all:?}");
    let start = &all[0];
    assert_eq!(
        (start.app.as_str(), start.summary.as_str()),
        ("Aftercare Companion", "Your aftercare starts now")
    );
    assert!(start.at >= started && start.actions.is_empty());
    assert_eq!(start.body.lines().count(), 5, "each reminder a line: {}", start.body);
    assert_eq!(start.desktop_entry.as_deref(), Some("app.aftercare.companion"));
    assert!(!start.icon.is_empty() && start.replaces_id == 0);
    assert_eq!(run.delivered().await, 5);
    assert!(run.store.not_shown(run.treatment.id).await.expect("ledger").is_empty());
}
