//! Over real D-Bus: a private session bus with no notification server. The reminders due
//! at the start can't be shown, so they wait (not "delivered"); 20 s later a notification
//! server starts, and the waiting reminders reach it once, as one notification listing
//! each, within seconds of its start.

#[path = "support/bus.rs"]
mod bus;
#[path = "support/late.rs"]
mod late;
#[path = "support/recorder.rs"]
mod recorder;

use std::time::Duration;

use bus::Bus;
use jiff::{SignedDuration, Timestamp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_wait_for_a_notification_server_and_reach_it_once() {
    let bus = Bus::start();
    // This test binary holds only this test, so setting the variable races with nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let run = late::treated_now().await;

    // No server: the start reminders are recorded as not shown, with the reason.
    let waiting = run.waiting().await;
    assert!(waiting.iter().all(|e| e.delivered_at.is_none()));
    assert!(
        waiting
            .iter()
            .all(|e| e.not_shown_reason.as_deref().is_some_and(|r| !r.is_empty())),
        "{waiting:?}"
    );
    tokio::time::sleep(Duration::from_secs(20)).await;
    assert_eq!(run.delivered().await, 0, "nothing is delivered while no server runs");
    let retried = run.store.not_shown(run.treatment.id).await.expect("ledger");
    assert!(
        retried.iter().all(|e| e.failed_shows >= 2),
        "retried meanwhile: {retried:?}"
    );

    // The server starts: what waited reaches it, once, within seconds.
    let started = Timestamp::now();
    let (_server, received) = late::serve(&bus.address).await;
    let arrived = late::first_arrival(&received, Duration::from_secs(60)).await;
    let after = arrived.duration_since(started);
    eprintln!(
        "late server: the waiting reminders arrived {:.0} ms after it took its name",
        after.as_secs_f64() * 1000.0
    );
    assert!(
        after < SignedDuration::from_secs(5),
        "arrived {after} after the server started"
    );
    late::assert_one_start_notification(&run, &received, started).await;
    run.stop().await;
}
