//! A fake wall clock and a treatment to run the scheduler on, shared by the tests that
//! drive it pass by pass.

use std::sync::{Arc, Mutex};

use aftercare_core::{Settings, Zone};
use aftercare_reminders::{Clock, Notifier, Scheduler};
use aftercare_store::{NewTreatment, Store};
use jiff::civil::{date, time};
use jiff::Timestamp;

#[derive(Clone)]
pub struct At(Arc<Mutex<Timestamp>>);

impl At {
    pub fn set(&self, t: Timestamp) {
        *self.0.lock().expect("lock") = t;
    }
}

impl Clock for At {
    fn now(&self) -> Timestamp {
        *self.0.lock().expect("lock")
    }
}

pub fn berlin() -> Zone {
    Zone::new("Europe/Berlin").expect("zone")
}

/// Treated Fri 2026-11-20 14:00 Berlin; the clock starts right then.
pub async fn treated<N: Notifier>(
    dir: &tempfile::TempDir,
    notifier: N,
    settings: impl FnOnce(&mut Settings),
) -> (Scheduler<N, At>, At, i64) {
    let store = Store::open(&dir.path().join("a.db")).await.expect("store");
    let mut s = Settings::new(berlin());
    // Not the language of the machine the tests run on.
    s.language = Some(aftercare_core::Language::English);
    settings(&mut s);
    store.save_settings(&s).await.expect("settings");
    let ended = local(20, 14, 0);
    let t = store
        .add_treatment(&NewTreatment::new(ended, berlin()))
        .await
        .expect("treatment");
    let clock = At(Arc::new(Mutex::new(ended)));
    let s = Scheduler::new(store, notifier, clock.clone());
    s.replan().await.expect("replan");
    (s, clock, t.id)
}

/// A local time in Berlin, November 2026.
pub fn local(d: u8, h: i8, m: i8) -> Timestamp {
    berlin()
        .at(date(2026, 11, i8::try_from(d).expect("day")), time(h, m, 0, 0))
        .expect("t")
        .timestamp()
}
