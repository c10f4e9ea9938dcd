//! No session bus at all when the reminders fall due (a minimal desktop, or the bus gone):
//! they wait, not "delivered". The bus and a notification server appear later; the
//! waiting reminders reach it, once, within seconds of the bus's start.

#[path = "support/bus.rs"]
mod bus;
#[path = "support/recorder.rs"]
mod recorder;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aftercare_core::{Settings, Zone};
use aftercare_reminders::{DesktopNotifier, Scheduler, SystemClock};
use aftercare_store::{LedgerState, NewTreatment, Store};
use bus::Bus;
use jiff::{SignedDuration, Timestamp};
use recorder::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_wait_for_a_bus_that_appears_later() {
    let dir = tempfile::tempdir().expect("dir");
    let address = format!("unix:path={}", dir.path().join("bus").display());
    // This test binary holds only this test, so setting the variable races with nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);

    let store = Store::open(&dir.path().join("aftercare.db")).await.expect("store");
    // Daily reminders ring on the hour: away from it, the start reminders are not held
    // to share a notification with one (Berlin's minutes are UTC's, Kolkata's half an hour off).
    let minute = Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).minute();
    let zone = Zone::new(if minute >= 54 { "Asia/Kolkata" } else { "Europe/Berlin" }).expect("zone");
    store
        .save_settings(&Settings::new(zone.clone()))
        .await
        .expect("settings");
    let t = store
        .add_treatment(&NewTreatment::new(Timestamp::now(), zone))
        .await
        .expect("treatment");
    let scheduler = Arc::new(Scheduler::new(store.clone(), DesktopNotifier::new(None), SystemClock));
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let runner = {
        let s = scheduler.clone();
        tokio::spawn(async move { s.run(stop_rx).await })
    };

    tokio::time::timeout(Duration::from_secs(10), async {
        while store.not_shown(t.id).await.expect("ledger").len() < 5 {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("with no bus, the start reminders were never recorded as not shown");
    tokio::time::sleep(Duration::from_secs(8)).await;
    assert!(store
        .ledger(t.id)
        .await
        .expect("ledger")
        .iter()
        .all(|e| e.state != LedgerState::Delivered));

    // The bus starts, with a notification server on it.
    let started = Timestamp::now();
    let bus = Bus::start_at(&address);
    let received = Arc::new(Mutex::new(Vec::new()));
    let _server = zbus::connection::Builder::address(bus.address.as_str())
        .name("org.freedesktop.Notifications")
        .serve_at(recorder::PATH, Server::new(received.clone()))
        .build()
        .await
        .expect("notification server");
    let arrived = tokio::time::timeout(Duration::from_secs(90), async {
        loop {
            if !received.lock().expect("lock").is_empty() {
                break Timestamp::now();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the waiting reminders never reached the server");
    let after = arrived.duration_since(started);
    eprintln!(
        "late bus: the waiting reminders arrived {:.1} s after the bus started",
        after.as_secs_f64()
    );
    assert!(
        after < SignedDuration::from_secs(10),
        "arrived {after} after the bus started"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let all = received.lock().expect("lock").clone();
    assert_eq!(all.len(), 1, "one notification, shown once: {all:?}");
    assert_eq!(all[0].summary, "Your aftercare starts now");
    assert!(all[0].at >= started && all[0].replaces_id == 0 && all[0].actions.is_empty());
    assert_eq!(all[0].body.lines().count(), 5, "each reminder a line: {}", all[0].body);
    assert_eq!(
        (
            all[0].icon.is_empty(),
            all[0].desktop_entry.is_some(),
            all[0].app.as_str()
        ),
        (false, true, "Aftercare Companion")
    );
    assert!(store.not_shown(t.id).await.expect("ledger").is_empty());

    stop.send(true).expect("stop");
    runner.await.expect("join").expect("scheduler ran cleanly");
}
