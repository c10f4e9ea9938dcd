//! Over real D-Bus: a private session bus with no notification server. The reminders due
//! at the start can't be shown, so they wait (not "delivered"); 20 s later a notification
//! server starts, and the waiting reminders reach it once, as one notification listing
//! each, within seconds of its start.

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
async fn reminders_wait_for_a_notification_server_and_reach_it_once() {
    let bus = Bus::start();
    // This test binary holds only this test, so setting the variable races with nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);

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

    // No server: the start reminders are recorded as not shown, with the reason.
    let waiting = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let w = store.not_shown(t.id).await.expect("ledger");
            if w.len() == 5 {
                break w;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("the start reminders were never recorded as not shown");
    assert!(waiting.iter().all(|e| e.delivered_at.is_none()));
    assert!(
        waiting
            .iter()
            .all(|e| e.not_shown_reason.as_deref().is_some_and(|r| !r.is_empty())),
        "{waiting:?}"
    );
    tokio::time::sleep(Duration::from_secs(20)).await;
    let ledger = store.ledger(t.id).await.expect("ledger");
    assert_eq!(
        ledger.iter().filter(|e| e.state == LedgerState::Delivered).count(),
        0,
        "nothing is delivered while no server runs"
    );
    let retried = store.not_shown(t.id).await.expect("ledger");
    assert!(
        retried.iter().all(|e| e.failed_shows >= 2),
        "retried meanwhile: {retried:?}"
    );

    // The server starts: what waited reaches it, each once, within seconds.
    let received = Arc::new(Mutex::new(Vec::new()));
    let started = Timestamp::now();
    let _server = zbus::connection::Builder::address(bus.address.as_str())
        .name("org.freedesktop.Notifications")
        .serve_at(recorder::PATH, Server::new(received.clone()))
        .build()
        .await
        .expect("notification server");
    let arrived = tokio::time::timeout(Duration::from_secs(60), async {
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
        "late server: the waiting reminders arrived {:.0} ms after it took its name",
        after.as_secs_f64() * 1000.0
    );
    assert!(
        after < SignedDuration::from_secs(5),
        "arrived {after} after the server started"
    );

    // Give a duplicate every chance to show up, then check: once each, all delivered.
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
    let ledger = store.ledger(t.id).await.expect("ledger");
    let starts: Vec<_> = ledger.iter().filter(|e| e.due_at == t.treatment.ended_at).collect();
    assert_eq!(starts.len(), 5);
    assert!(starts.iter().all(|e| e.state == LedgerState::Delivered));
    assert!(store.not_shown(t.id).await.expect("ledger").is_empty());

    stop.send(true).expect("stop");
    runner.await.expect("join").expect("scheduler ran cleanly");
}
