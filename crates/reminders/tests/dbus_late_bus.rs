//! No session bus at all when the reminders fall due (a minimal desktop, or the bus gone):
//! they wait, not "delivered". The bus and a notification server appear later; the
//! waiting reminders reach it, once, within seconds of the bus's start.

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
async fn reminders_wait_for_a_bus_that_appears_later() {
    let dir = tempfile::tempdir().expect("dir");
    let address = format!("unix:path={}", dir.path().join("bus").display());
    // This test binary holds only this test, so setting the variable races with nothing.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    let run = late::treated_now().await;

    run.waiting().await;
    tokio::time::sleep(Duration::from_secs(8)).await;
    assert_eq!(run.delivered().await, 0, "nothing is delivered while there is no bus");

    // The bus starts, with a notification server on it.
    let started = Timestamp::now();
    let bus = Bus::start_at(&address);
    let (_server, received) = late::serve(&bus.address).await;
    let arrived = late::first_arrival(&received, Duration::from_secs(90)).await;
    let after = arrived.duration_since(started);
    eprintln!(
        "late bus: the waiting reminders arrived {:.1} s after the bus started",
        after.as_secs_f64()
    );
    assert!(
        after < SignedDuration::from_secs(10),
        "arrived {after} after the bus started"
    );
    late::assert_one_start_notification(&run, &received, started).await;
    run.stop().await;
}
