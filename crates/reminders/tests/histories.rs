//! Random histories against a fake wall clock: normal running, clock jumps forward and
//! back, suspend, crash and restart, snoozes, zone and quiet-hours changes across DST,
//! check-ins, and the notification service going away and coming back. Whatever happens,
//! every reminder is delivered exactly once (plus once per snooze) or listed as
//! missed/skipped; never twice, never early, never stale, never during quiet hours, and
//! never recorded as delivered when its show failed. 500 histories by default;
//! `PROPTEST_CASES=10000` for more.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use aftercare_core::{CheckIn, CheckInDraft, QuietHours, Settings, Zone};
use aftercare_reminders::{BoxFuture, Clock, Error, Notification, Notifier, Scheduler, SnoozeChoice};
use aftercare_store::{LedgerState, NewTreatment, Store};
use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;

#[derive(Clone)]
struct FakeClock(Arc<Mutex<Timestamp>>);

impl FakeClock {
    fn set(&self, t: Timestamp) {
        if let Ok(mut g) = self.0.lock() {
            *g = t;
        }
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Timestamp {
        self.0.lock().map(|g| *g).unwrap_or(Timestamp::UNIX_EPOCH)
    }
}

/// Records each notification with the wall-clock time it was shown; while `down`, it
/// fails as a desktop without a notification service does.
#[derive(Clone)]
struct Recorder {
    clock: FakeClock,
    sent: Arc<Mutex<Vec<(Timestamp, Notification)>>>,
    down: Arc<AtomicBool>,
}

impl Notifier for Recorder {
    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            if self.down.load(Ordering::SeqCst) {
                return Err(Error::Notify("no notification service".into()));
            }
            let now = self.clock.now();
            self.sent
                .lock()
                .map_err(|_| Error::Notify("poisoned".into()))?
                .push((now, n));
            Ok(())
        })
    }
}

#[derive(Debug, Clone)]
enum Event {
    /// Normal running for this many minutes: the loop wakes at each due moment.
    Run(i64),
    Suspend(i64),
    JumpForward(i64),
    JumpBack(i64),
    Crash,
    /// Snooze the n-th delivered reminder.
    Snooze(usize, u8),
    MoveTo(&'static str),
    Quiet(Option<(i8, i8)>),
    CheckInToday(i64),
    /// The notification service is gone for this many minutes of normal running.
    Outage(i64),
}

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
];

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        6 => (1_i64..=6 * 60).prop_map(Event::Run),
        1 => (1_i64..=3 * 60).prop_map(Event::Outage),
        1 => (10_i64..=3 * 24 * 60).prop_map(Event::Suspend),
        1 => (1_i64..=12 * 60).prop_map(Event::JumpForward),
        1 => (1_i64..=12 * 60).prop_map(Event::JumpBack),
        1 => Just(Event::Crash),
        2 => (0_usize..50, 0_u8..3).prop_map(|(i, c)| Event::Snooze(i, c)),
        1 => proptest::sample::select(ZONES).prop_map(Event::MoveTo),
        1 => proptest::option::of((18_i8..24, 5_i8..10)).prop_map(Event::Quiet),
        1 => (0_i64..5).prop_map(Event::CheckInToday),
    ]
}

/// The treatment ends around a DST change in half the cases.
fn start() -> impl Strategy<Value = (&'static str, Timestamp, i64)> {
    let dst_edges = [
        1_711_846_800_i64,
        1_729_990_800,
        1_710_054_000,
        1_730_584_800,
        1_712_415_600,
    ];
    (
        proptest::sample::select(ZONES),
        any::<bool>(),
        0_usize..5,
        -4 * 24 * 60_i64..=60,
        1_640_995_200_i64..1_735_689_600,
        -60_i64..=120,
    )
        .prop_map(move |(z, near_dst, i, before, any_time, start_after)| {
            let secs = if near_dst {
                dst_edges[i] + before * 60
            } else {
                any_time - any_time % 60
            };
            (z, Timestamp::from_second(secs).expect("ts"), start_after)
        })
}

fn db_dir() -> tempfile::TempDir {
    // tmpfs when there is one: the store fsyncs every commit (synchronous=FULL).
    let shm = PathBuf::from("/dev/shm");
    if shm.is_dir() {
        if let Ok(d) = tempfile::tempdir_in(&shm) {
            return d;
        }
    }
    tempfile::tempdir().expect("dir")
}

struct Sim {
    path: PathBuf,
    clock: FakeClock,
    recorder: Recorder,
    scheduler: Scheduler<Recorder, FakeClock>,
    quiet: Option<QuietHours>,
    zone: Zone,
    snoozed_until: HashMap<String, Vec<Timestamp>>,
    grace: SignedDuration,
    treatment_id: i64,
}

impl Sim {
    async fn tick(&mut self) {
        self.scheduler.tick().await.expect("tick");
    }

    /// What the run loop does over `minutes` of normal running.
    async fn run(&mut self, minutes: i64) {
        let target = self.clock.now() + SignedDuration::from_mins(minutes);
        for _ in 0..10_000 {
            let now = self.clock.now();
            match self.scheduler.next_wake().await.expect("next") {
                Some(w) if w <= target => {
                    self.clock.set(w.max(now));
                    self.tick().await;
                    if w <= now && self.scheduler.next_wake().await.expect("next") == Some(w) {
                        panic!("the scheduler makes no progress at {w}");
                    }
                }
                _ => break,
            }
        }
        self.clock.set(target);
        self.tick().await;
    }

    async fn settings(&mut self) {
        let mut s = Settings::new(self.zone.clone());
        s.quiet_hours = self.quiet;
        s.grace_minutes = u32::try_from(self.grace.as_mins()).expect("grace");
        self.scheduler.store().save_settings(&s).await.expect("settings");
        self.scheduler.replan().await.expect("replan");
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    histories: usize,
    delivered: usize,
    missed: usize,
    skipped: usize,
    snoozes: usize,
    redelivered: usize,
    merged: usize,
    failed_shows: usize,
}

async fn history((zone, ended, start_after): (&'static str, Timestamp, i64), events: Vec<Event>) -> Tally {
    let dir = db_dir();
    let path = dir.path().join("aftercare.db");
    let clock = FakeClock(Arc::new(Mutex::new(ended + SignedDuration::from_mins(start_after))));
    let recorder = Recorder {
        clock: clock.clone(),
        sent: Arc::default(),
        down: Arc::default(),
    };
    let store = Store::open(&path).await.expect("open");
    let zone = Zone::new(zone).expect("zone");
    let t = store
        .add_treatment(&NewTreatment::new(ended, zone.clone()))
        .await
        .expect("treatment");
    let scheduler = Scheduler::new(store, recorder.clone(), clock.clone());
    let mut sim = Sim {
        path,
        clock,
        recorder,
        scheduler,
        quiet: None,
        zone,
        snoozed_until: HashMap::new(),
        grace: SignedDuration::from_hours(2),
        treatment_id: t.id,
    };
    sim.settings().await;
    sim.tick().await;

    // Quiet hours in force at each delivery, to check nothing rang in them.
    let mut quiet_at_delivery: Vec<(usize, Option<QuietHours>, Zone)> = Vec::new();
    for e in events {
        let before = sim.recorder.sent.lock().map(|s| s.len()).unwrap_or(0);
        match e {
            Event::Run(m) => sim.run(m).await,
            Event::Suspend(m) | Event::JumpForward(m) => {
                sim.clock.set(sim.clock.now() + SignedDuration::from_mins(m));
                sim.tick().await;
            }
            Event::JumpBack(m) => {
                sim.clock.set(sim.clock.now() - SignedDuration::from_mins(m));
                sim.tick().await;
            }
            Event::Crash => {
                let store = Store::open(&sim.path).await.expect("reopen");
                sim.scheduler = Scheduler::new(store, sim.recorder.clone(), sim.clock.clone());
                sim.scheduler.replan().await.expect("replan");
                sim.tick().await;
            }
            Event::Snooze(i, c) => {
                let sent = sim.recorder.sent.lock().map(|s| s.clone()).unwrap_or_default();
                if let Some((_, n)) = sent.get(i % sent.len().max(1)) {
                    let choice = [
                        SnoozeChoice::FifteenMinutes,
                        SnoozeChoice::OneHour,
                        SnoozeChoice::TomorrowMorning,
                    ][usize::from(c)];
                    for id in &n.reminder_ids {
                        if let Ok(e) = sim.scheduler.snooze(id, choice).await {
                            let until = e.snoozed_until.expect("until");
                            assert!(until > sim.clock.now());
                            assert_eq!(e.state, LedgerState::Snoozed);
                            sim.snoozed_until.entry(id.clone()).or_default().push(until);
                        }
                    }
                }
            }
            Event::MoveTo(z) => {
                sim.zone = Zone::new(z).expect("zone");
                sim.settings().await;
                sim.tick().await;
            }
            Event::Quiet(q) => {
                sim.quiet =
                    q.and_then(|(a, b)| QuietHours::new(Time::constant(a, 0, 0, 0), Time::constant(b, 30, 0, 0)).ok());
                sim.settings().await;
                sim.tick().await;
            }
            Event::CheckInToday(redness) => {
                let today = sim.zone.local(sim.clock.now()).date();
                let c = CheckIn::new(
                    today,
                    &CheckInDraft {
                        redness,
                        ..Default::default()
                    },
                )
                .expect("c");
                // Before the treatment's first day the store refuses; that is fine here.
                let store = sim.scheduler.store();
                if let Ok(case) = store.case_of(sim.treatment_id).await {
                    let _ = store.save_checkin(&case, &c, sim.clock.now()).await;
                }
            }
            Event::Outage(m) => {
                sim.recorder.down.store(true, Ordering::SeqCst);
                sim.run(m).await;
                sim.recorder.down.store(false, Ordering::SeqCst);
            }
        }
        // A settings change is saved before its event's tick, so these are what was in force.
        let after = sim.recorder.sent.lock().map(|s| s.len()).unwrap_or(0);
        quiet_at_delivery.extend((before..after).map(|i| (i, sim.quiet, sim.zone.clone())));
    }
    // Let everything play out.
    sim.run(40 * 24 * 60).await;

    let ledger = sim.scheduler.store().ledger(sim.treatment_id).await.expect("ledger");
    let sent = sim.recorder.sent.lock().map(|s| s.clone()).unwrap_or_default();
    let mut deliveries: HashMap<&str, Vec<Timestamp>> = HashMap::new();
    for (at, n) in &sent {
        assert!(!n.reminder_ids.is_empty());
        for id in &n.reminder_ids {
            deliveries.entry(id.as_str()).or_default().push(*at);
        }
    }
    for e in &ledger {
        let got = deliveries.get(e.reminder_id.as_str()).cloned().unwrap_or_default();
        // Nothing left hanging.
        assert!(
            matches!(
                e.state,
                LedgerState::Delivered | LedgerState::Missed | LedgerState::Skipped
            ),
            "{} left {:?}",
            e.reminder_id,
            e.state
        );
        // Exactly once (plus once per snooze), or never when missed/skipped without snoozes.
        assert!(
            got.len() <= 1 + e.snoozes as usize,
            "{} delivered {} times with {} snoozes",
            e.reminder_id,
            got.len(),
            e.snoozes
        );
        // No silent loss: what the ledger calls delivered was shown, and it says when.
        if e.state == LedgerState::Delivered {
            assert!(
                !got.is_empty(),
                "{} recorded as delivered but never shown",
                e.reminder_id
            );
            assert_eq!(e.delivered_at, got.last().copied(), "{}", e.reminder_id);
        }
        if e.snoozes == 0 {
            let expect = usize::from(e.state == LedgerState::Delivered);
            assert_eq!(
                got.len(),
                expect,
                "{} is {:?} but was delivered {} times",
                e.reminder_id,
                e.state,
                got.len()
            );
        }
        if let Some(first) = got.first() {
            // Never early, never stale.
            assert!(
                *first >= e.due_at,
                "{} delivered at {first}, due {}",
                e.reminder_id,
                e.due_at
            );
            assert!(
                first.duration_since(e.due_at) <= sim.grace,
                "{} delivered {} after it was due",
                e.reminder_id,
                first.duration_since(e.due_at)
            );
        }
        let untils = sim.snoozed_until.get(&e.reminder_id).cloned().unwrap_or_default();
        for at in got.iter().skip(1) {
            assert!(
                untils.iter().any(|u| at >= u),
                "{} re-delivered at {at} before any snooze ended",
                e.reminder_id
            );
        }
    }
    for (i, q, zone) in quiet_at_delivery {
        if let (Some(q), Some((at, n))) = (q, sent.get(i)) {
            assert!(
                !q.contains(zone.local(*at).time()),
                "{:?} rang at {} in quiet hours",
                n.reminder_ids,
                zone.local(*at)
            );
        }
    }
    // Every notification's ids are in the ledger: nothing delivered that isn't recorded.
    for id in deliveries.keys() {
        assert!(
            ledger.iter().any(|e| e.reminder_id == *id),
            "{id} delivered but not in the ledger"
        );
    }
    let count = |s: LedgerState| ledger.iter().filter(|e| e.state == s).count();
    Tally {
        histories: 1,
        delivered: count(LedgerState::Delivered),
        missed: count(LedgerState::Missed),
        skipped: count(LedgerState::Skipped),
        snoozes: ledger.iter().map(|e| e.snoozes as usize).sum(),
        redelivered: deliveries.values().map(|v| v.len().saturating_sub(1)).sum(),
        merged: sent.iter().filter(|(_, n)| n.reminder_ids.len() > 1).count(),
        failed_shows: ledger.iter().map(|e| e.failed_shows as usize).sum(),
    }
}

#[test]
fn reminders_survive_any_history() {
    use proptest::test_runner::{Config, TestRunner};
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let total = Arc::new(Mutex::new(Tally::default()));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let started = std::time::Instant::now();
    let strategy = (start(), proptest::collection::vec(event(), 1..25));
    let result = runner.run(&strategy, |(s, events)| {
        let t = rt.block_on(history(s, events));
        if let Ok(mut a) = total.lock() {
            a.histories += t.histories;
            a.delivered += t.delivered;
            a.missed += t.missed;
            a.skipped += t.skipped;
            a.snoozes += t.snoozes;
            a.redelivered += t.redelivered;
            a.merged += t.merged;
            a.failed_shows += t.failed_shows;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let t = *total.lock().expect("tally");
    eprintln!(
        "{} histories in {:.1} s: {} reminders delivered, {} missed, {} skipped (check-in done), {} snoozes, {} re-deliveries after snooze, {} merged notifications, {} failed shows retried",
        t.histories, started.elapsed().as_secs_f64(), t.delivered, t.missed, t.skipped, t.snoozes, t.redelivered, t.merged, t.failed_shows
    );
    // The histories must reach every outcome, or the assertions above prove little.
    if cases >= 200 {
        assert!(
            t.delivered > 0
                && t.missed > 0
                && t.skipped > 0
                && t.snoozes > 0
                && t.redelivered > 0
                && t.merged > 0
                && t.failed_shows > 0,
            "{t:?}"
        );
    }
}
