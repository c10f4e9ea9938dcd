//! Real delivery over D-Bus: a private session bus (`dbus-daemon`), a recording
//! notification server (org.freedesktop.Notifications, written with zbus), and the real
//! desktop backend. The gym's end falls due three seconds after the scheduler starts; the
//! server must receive it with the right words, on time, once, with Snooze / Log today
//! actions, and a click on Snooze must come back to the app.

#[path = "support/bus.rs"]
mod bus;
#[path = "support/recorder.rs"]
mod recorder;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aftercare_core::{Settings, Zone};
use aftercare_reminders::{ActionKind, DesktopNotifier, Notification, Notifier, Scheduler, SystemClock};
use aftercare_store::{LedgerState, NewTreatment, Store};
use bus::Bus;
use jiff::{SignedDuration, Timestamp};
use recorder::Server;

/// The gym's end, alone ("Gym OK again") or as a line of a notification about several.
fn speaks_of_gym(r: &recorder::Received) -> bool {
    r.summary == "Gym OK again" || r.body.lines().any(|l| l == "• Gym OK again")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_due_reminder_reaches_the_notification_server_on_time() {
    let bus = Bus::start();
    // This test binary holds only this test, so setting the variable races with nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let received = Arc::new(Mutex::new(Vec::new()));
    let server = zbus::connection::Builder::address(bus.address.as_str())
        .name("org.freedesktop.Notifications")
        .serve_at(recorder::PATH, Server::new(received.clone()))
        .build()
        .await
        .expect("notification server");

    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(&dir.path().join("aftercare.db")).await.expect("store");
    let zone = Zone::new("Europe/Berlin").expect("zone");
    store
        .save_settings(&Settings::new(zone.clone()))
        .await
        .expect("settings");
    // The gym window (48 elapsed hours) ends three seconds from now.
    let ended = Timestamp::now() - SignedDuration::from_hours(48) + SignedDuration::from_secs(3);
    let ended = Timestamp::from_second(ended.as_second()).expect("whole second");
    let t = store
        .add_treatment(&NewTreatment::new(ended, zone))
        .await
        .expect("treatment");
    let due = ended + SignedDuration::from_hours(48);

    let (action_tx, mut action_rx) = tokio::sync::mpsc::unbounded_channel();
    let scheduler = Arc::new(Scheduler::new(
        store.clone(),
        DesktopNotifier::new(Some(action_tx)),
        SystemClock,
    ));
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let runner = {
        let s = scheduler.clone();
        tokio::spawn(async move { s.run(stop_rx).await })
    };

    let gym = loop {
        if let Some(r) = received
            .lock()
            .expect("lock")
            .iter()
            .find(|r| speaks_of_gym(r))
            .cloned()
        {
            break r;
        }
        assert!(
            Timestamp::now() < due + aftercare_reminders::GATHER + SignedDuration::from_secs(10),
            "the gym reminder never arrived"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let late = gym.at.duration_since(due);
    eprintln!(
        "D-Bus delivery: \"{}\" received {:.0} ms after it was due",
        gym.summary,
        late.as_secs_f64() * 1000.0
    );
    assert!(late >= SignedDuration::ZERO, "delivered early by {late}");
    // On time, unless another reminder fell due within GATHER after it and was waited for
    // (a daily one at that clock time, depending on when the test runs).
    let gathered = store
        .ledger(t.id)
        .await
        .expect("ledger")
        .iter()
        .any(|e| e.due_at > due && e.due_at <= due + aftercare_reminders::GATHER);
    let allowed = if gathered {
        aftercare_reminders::GATHER + SignedDuration::from_secs(1)
    } else {
        SignedDuration::from_secs(1)
    };
    assert!(late < allowed, "delivered {late} late");
    assert_eq!(gym.app, "Aftercare Companion");
    // Filed under the app's desktop entry, with its icon (the source tree's, for a build
    // that is not installed).
    assert_eq!(gym.desktop_entry.as_deref(), Some("app.aftercare.companion"));
    assert!(
        gym.icon == "app.aftercare.companion" || std::path::Path::new(&gym.icon).is_file(),
        "icon {:?}",
        gym.icon
    );
    assert_eq!(gym.replaces_id, 0);
    // Make-up and actives end with it ("2d" is 48 h but across a DST change): one
    // notification that lists each ("These are fine again"; "4 aftercare reminders" when a
    // daily one, like the water at 12:00, falls due within GATHER too), or the gym's own words
    // when it ends alone.
    if gym.summary == "These are fine again" || gathered {
        assert!(gym.body.lines().count() >= 2, "{}", gym.body);
        assert!(gym.body.lines().any(|l| l == "• Gym OK again"), "{}", gym.body);
    } else {
        assert!(gym.body.contains("go back to the gym"), "{}", gym.body);
    }
    assert_eq!(gym.actions, vec!["snooze", "Snooze 15 min", "log-today", "Log today"]);

    // Nothing older than the grace period came as a burst: the start-of-aftercare
    // reminders from two days ago were recorded as missed instead.
    let all = received.lock().expect("lock").clone();
    assert!(
        all.iter().all(|r| r.summary != "No gym or hard exercise"),
        "stale reminders were shown: {all:?}"
    );
    let ledger = store.ledger(t.id).await.expect("ledger");
    let gym_start = ledger
        .iter()
        .find(|e| e.rule == "gym" && e.kind == aftercare_core::ReminderKind::Start)
        .expect("gym start");
    assert_eq!(gym_start.state, LedgerState::Missed);
    let gym_end = ledger
        .iter()
        .find(|e| e.rule == "gym" && e.kind == aftercare_core::ReminderKind::End)
        .expect("gym end");
    assert_eq!(gym_end.state, LedgerState::Delivered);
    assert_eq!(all.iter().filter(|r| speaks_of_gym(r)).count(), 1, "delivered once");

    // The client clicks "Snooze 15 min": the action comes back to the app.
    let id = gym.id;
    let iface = server
        .object_server()
        .interface::<_, Server>(recorder::PATH)
        .await
        .expect("iface");
    let action = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            Server::action_invoked(iface.signal_emitter(), id, "snooze")
                .await
                .expect("signal");
            if let Ok(Some(a)) = tokio::time::timeout(Duration::from_millis(200), action_rx.recv()).await {
                break a;
            }
        }
    })
    .await
    .expect("the click reached the app");
    assert_eq!(action.kind, ActionKind::Snooze);
    assert!(action.reminder_ids.contains(&gym_end.reminder_id), "{action:?}");

    // A day's check-in reminder shown again (after a snooze) replaces the one on screen.
    let checkin = |body: &str| Notification {
        reminder_ids: vec!["checkin-day-2".into()],
        rules: vec!["checkin".into()],
        title: "How is your skin today?".into(),
        body: body.into(),
        due_at: Timestamp::now(),
        replaces: Some("checkin-day-2".into()),
        language: aftercare_core::Language::English,
    };
    scheduler.notifier().notify(checkin("first")).await.expect("shown");
    scheduler.notifier().notify(checkin("again")).await.expect("shown");
    let all = received.lock().expect("lock").clone();
    let first = all.iter().find(|r| r.body == "first").expect("first");
    let again = all.iter().find(|r| r.body == "again").expect("again");
    assert_eq!(first.replaces_id, 0);
    assert_eq!(
        again.replaces_id, first.id,
        "the second replaces the first instead of stacking"
    );

    // One click on it reaches the app once: the replaced notification's listener (the
    // server never said it closed) drops it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    while action_rx.try_recv().is_ok() {}
    Server::action_invoked(iface.signal_emitter(), again.id, "snooze")
        .await
        .expect("signal");
    let click = tokio::time::timeout(Duration::from_secs(5), action_rx.recv())
        .await
        .expect("the click reached the app")
        .expect("action");
    assert_eq!(click.reminder_ids, vec!["checkin-day-2".to_string()]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(action_rx.try_recv().is_err(), "one click, one action");

    stop.send(true).expect("stop");
    runner.await.expect("join").expect("scheduler ran cleanly");
}
