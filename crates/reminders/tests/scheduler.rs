//! The scheduler's rules one at a time, on a fake clock.

#[path = "support/treated.rs"]
mod treated;

use std::sync::Mutex;

use aftercare_core::{CheckIn, CheckInDraft, QuietHours, ReminderKind, Settings};
use aftercare_reminders::mobile::{os_id, rearm, OsSchedule};
use aftercare_reminders::{Clock, RecordingNotifier, Scheduler, SnoozeChoice};
use aftercare_store::LedgerState;
use jiff::civil::{date, time};
use jiff::Timestamp;
use treated::{local, treated, At};

async fn setup(
    dir: &tempfile::TempDir,
    settings: impl FnOnce(&mut Settings),
) -> (Scheduler<RecordingNotifier, At>, At, i64) {
    treated(dir, RecordingNotifier::default(), settings).await
}

#[tokio::test]
async fn start_reminders_ring_at_once_and_merge_per_rule() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, _clock, _) = setup(&dir, |_| {}).await;
    let tick = s.tick().await.expect("tick");
    // gym, sauna-pool, sun, makeup, actives start together: five rules, five notifications.
    assert_eq!((tick.delivered, tick.notifications), (5, 5));
    let sent = s.notifier().sent();
    assert!(sent.iter().any(|n| n.title == "No gym or hard exercise"));
    assert!(s.tick().await.expect("again").delivered == 0, "never twice");
}

#[tokio::test]
async fn several_due_reminders_of_one_rule_become_one_notification() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |st| st.grace_minutes = 24 * 60).await;
    s.tick().await.expect("start");
    // Closed from Friday evening to Saturday 13:00 (a day's grace): Friday's 20:00
    // check-in and skincare, Saturday's 09:00 sun and 12:00 water are all due, one each.
    clock.set(local(21, 13, 0));
    let tick = s.tick().await.expect("catch-up");
    assert_eq!((tick.delivered, tick.notifications), (4, 4), "{tick:?}");
    // Away again until Monday noon: Sunday's and Monday's water reminders (the older
    // exactly at the 24 h grace) merge into one notification.
    clock.set(local(23, 12, 0));
    s.tick().await.expect("catch-up");
    let water: Vec<_> = s.notifier().sent().into_iter().filter(|n| n.rule == "water").collect();
    assert_eq!(water.last().map(|n| n.reminder_ids.len()), Some(2));
    assert!(water
        .last()
        .is_some_and(|n| n.body.contains("Also 1 earlier reminder of the same kind.")));
}

#[tokio::test]
async fn stale_reminders_are_missed_not_shown() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, id) = setup(&dir, |_| {}).await;
    clock.set(local(25, 11, 30)); // five days later, two hours' grace
    let tick = s.tick().await.expect("tick");
    assert!(tick.missed > 10, "{tick:?}");
    assert!(s.notifier().sent().is_empty(), "no burst of stale notifications");
    let ledger = s.store().ledger(id).await.expect("ledger");
    let missed = ledger
        .iter()
        .find(|e| e.rule == "gym" && e.kind == ReminderKind::End)
        .expect("gym end");
    assert_eq!(missed.state, LedgerState::Missed);
    assert_eq!(missed.due_at, local(22, 14, 0), "the inbox keeps the original due time");
}

#[tokio::test]
async fn a_logged_day_skips_its_checkin_reminder() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, id) = setup(&dir, |_| {}).await;
    s.tick().await.expect("start");
    let c = CheckIn::new(
        date(2026, 11, 20),
        &CheckInDraft {
            redness: 3,
            ..Default::default()
        },
    )
    .expect("c");
    s.store().save_checkin(id, &c).await.expect("checkin");
    clock.set(local(20, 20, 0));
    let tick = s.tick().await.expect("tick");
    assert_eq!(tick.skipped, 1);
    assert!(s.notifier().sent().iter().all(|n| n.rule != "checkin"));
    clock.set(local(21, 20, 0));
    s.tick().await.expect("tick");
    assert_eq!(
        s.notifier().sent().iter().filter(|n| n.rule == "checkin").count(),
        1,
        "day 2 not logged: reminded"
    );
}

#[tokio::test]
async fn snooze_choices_and_quiet_hours() {
    let dir = tempfile::tempdir().expect("dir");
    let quiet = QuietHours::new(time(22, 0, 0, 0), time(7, 30, 0, 0)).expect("q");
    let (s, clock, _) = setup(&dir, |st| st.quiet_hours = Some(quiet)).await;
    s.tick().await.expect("start");
    let gym = s
        .notifier()
        .sent()
        .into_iter()
        .find(|n| n.rule == "gym")
        .expect("gym start");
    let id = &gym.reminder_ids[0];
    let e = s.snooze(id, SnoozeChoice::FifteenMinutes).await.expect("15");
    assert_eq!(e.snoozed_until, Some(local(20, 14, 15)));
    assert_eq!(e.due_at, local(20, 14, 0), "original due kept");
    let e = s.snooze(id, SnoozeChoice::TomorrowMorning).await.expect("tomorrow");
    assert_eq!(e.snoozed_until, Some(local(21, 9, 0)));
    assert_eq!(e.snoozes, 2);
    clock.set(local(20, 21, 50));
    let e = s.snooze(id, SnoozeChoice::OneHour).await.expect("1h");
    assert_eq!(
        e.snoozed_until,
        Some(local(21, 7, 30)),
        "an hour from 21:50 is in quiet hours: wait for their end"
    );
    // During quiet hours nothing rings; at their end the snoozed one does.
    clock.set(local(21, 3, 0));
    assert_eq!(s.tick().await.expect("quiet").delivered, 0);
    assert_eq!(s.next_wake().await.expect("wake"), Some(local(21, 7, 30)));
    clock.set(local(21, 7, 30));
    let before = s.notifier().sent().len();
    s.tick().await.expect("morning");
    assert!(s.notifier().sent()[before..]
        .iter()
        .any(|n| n.reminder_ids.contains(id)));
}

#[derive(Default)]
struct FakeOs {
    scheduled: Mutex<Vec<(i32, Timestamp, String)>>,
    cancels: Mutex<usize>,
}

impl OsSchedule for FakeOs {
    fn cancel_all(&self) -> aftercare_reminders::Result<()> {
        *self.cancels.lock().expect("lock") += 1;
        self.scheduled.lock().expect("lock").clear();
        Ok(())
    }
    fn schedule(&self, id: i32, at: Timestamp, title: &str, _body: &str) -> aftercare_reminders::Result<()> {
        self.scheduled.lock().expect("lock").push((id, at, title.to_string()));
        Ok(())
    }
}

#[tokio::test]
async fn a_phone_rearms_every_pending_reminder_at_start() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |_| {}).await;
    s.tick().await.expect("start");
    clock.set(local(21, 8, 0));
    let os = FakeOs::default();
    let n = rearm(s.store(), &os, clock.now()).await.expect("rearm");
    let pending = s.store().pending_reminders().await.expect("pending");
    assert_eq!(
        n,
        pending.iter().filter(|e| e.effective_due() > clock.now()).count(),
        "due ones are left to the catch-up"
    );
    assert!(n > 20);
    // After a "reboot" the same call gives the same schedule, without duplicates.
    let first = os.scheduled.lock().expect("lock").clone();
    rearm(s.store(), &os, clock.now()).await.expect("rearm");
    assert_eq!(*os.scheduled.lock().expect("lock"), first);
    assert_eq!(*os.cancels.lock().expect("lock"), 2);
    let mut ids: Vec<i32> = first.iter().map(|x| x.0).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), first.len(), "platform ids are distinct");
    assert!(first.iter().all(|(_, at, _)| *at > clock.now()));
    assert!(os_id("gym-end-1") >= 0);
}
