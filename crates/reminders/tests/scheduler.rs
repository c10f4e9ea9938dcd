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
async fn start_reminders_ring_at_once_as_one_notification() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, _clock, id) = setup(&dir, |_| {}).await;
    let tick = s.tick().await.expect("tick");
    // gym, sauna-pool, sun, makeup, actives start together: five rules, one notification.
    assert_eq!((tick.delivered, tick.notifications), (5, 1));
    let sent = s.notifier().sent();
    assert_eq!(sent[0].title, "Your aftercare starts now");
    assert!(
        sent[0].body.lines().any(|l| l == "• No gym or hard exercise"),
        "{}",
        sent[0].body
    );
    assert_eq!(sent[0].body.lines().count(), 5);
    // Each reminder is still delivered once in the ledger.
    let ledger = s.store().ledger(id).await.expect("ledger");
    assert_eq!(ledger.iter().filter(|e| e.state == LedgerState::Delivered).count(), 5);
    assert!(s.tick().await.expect("again").delivered == 0, "never twice");
}

#[tokio::test]
async fn reminders_speak_the_clients_language() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, _clock, id) = setup(&dir, |st| st.language = Some(aftercare_core::Language::German)).await;
    s.tick().await.expect("tick");
    let sent = s.notifier().sent();
    assert_eq!(sent[0].title, "Ihre Nachsorge beginnt jetzt");
    assert!(
        sent[0]
            .body
            .lines()
            .any(|l| l == "• Kein Fitnessstudio, kein anstrengender Sport"),
        "{}",
        sent[0].body
    );
    assert_eq!(sent[0].language, aftercare_core::Language::German);
    // The plan is written in German, the check-in reminders too.
    let ledger = s.store().ledger(id).await.expect("ledger");
    let checkin = ledger
        .iter()
        .find(|e| e.kind == ReminderKind::CheckIn)
        .expect("a check-in reminder");
    assert_eq!(checkin.title, "Wie geht es Ihrer Haut heute?");
    let sun_end = ledger
        .iter()
        .find(|e| e.rule == "sun" && e.kind == ReminderKind::End)
        .expect("sun's end");
    assert_eq!(sun_end.title, "Sonne wieder erlaubt");

    // A change of language re-words what is still to come, and nothing else.
    let mut settings = s.store().settings().await.expect("settings").expect("saved");
    settings.language = Some(aftercare_core::Language::English);
    s.store().save_settings(&settings).await.expect("save");
    s.replan().await.expect("replan");
    let after = s.store().ledger(id).await.expect("ledger");
    assert_eq!(after.len(), ledger.len(), "the same reminders");
    let sun_end = after
        .iter()
        .find(|e| e.rule == "sun" && e.kind == ReminderKind::End)
        .expect("sun's end");
    assert_eq!(sun_end.title, "Sun OK again");
    let gym_start = after
        .iter()
        .find(|e| e.rule == "gym" && e.kind == ReminderKind::Start)
        .expect("gym's start");
    assert_eq!(
        gym_start.title, "Kein Fitnessstudio, kein anstrengender Sport",
        "shown: as it was shown"
    );
}

#[tokio::test]
async fn a_catch_up_is_one_notification_besides_the_check_in() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |st| st.grace_minutes = 24 * 60).await;
    s.tick().await.expect("start");
    // Closed from Friday evening to Saturday 13:00 (a day's grace): Friday's 20:00
    // check-in and skincare, Saturday's 09:00 sun and 12:00 water are all due: the
    // check-in alone, the other three together.
    clock.set(local(21, 13, 0));
    let tick = s.tick().await.expect("catch-up");
    assert_eq!((tick.delivered, tick.notifications), (4, 2), "{tick:?}");
    // Away again until Monday noon: Sunday's and Monday's water reminders (the older
    // exactly at the 24 h grace) are one line of the catch-up.
    clock.set(local(23, 12, 0));
    s.tick().await.expect("catch-up");
    let last = s
        .notifier()
        .sent()
        .into_iter()
        .rfind(|n| n.rules.iter().any(|r| r == "water"));
    let last = last.expect("water");
    assert_eq!(last.reminder_ids.iter().filter(|id| id.starts_with("water")).count(), 2);
    assert!(last.body.lines().any(|l| l.ends_with("(2 reminders)")), "{}", last.body);
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
    let case = s.store().case_of(id).await.expect("case");
    s.store().save_checkin(&case, &c, clock.now()).await.expect("checkin");
    clock.set(local(20, 20, 0));
    let tick = s.tick().await.expect("tick");
    assert_eq!(tick.skipped, 1);
    assert!(s.notifier().sent().iter().all(|n| n.rules != ["checkin"]));
    clock.set(local(21, 20, 0));
    s.tick().await.expect("tick");
    assert_eq!(
        s.notifier().sent().iter().filter(|n| n.rules == ["checkin"]).count(),
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
        .find(|n| n.rules.iter().any(|r| r == "gym"))
        .expect("gym start");
    let id = gym
        .reminder_ids
        .iter()
        .find(|id| id.starts_with("gym"))
        .expect("gym id");
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

/// Snoozes the start reminder of `rule` 15 minutes at `at`; returns its id.
async fn snooze_start(s: &Scheduler<RecordingNotifier, At>, clock: &At, rule: &str, at: Timestamp) -> String {
    clock.set(at);
    let id = s
        .store()
        .pending_reminders()
        .await
        .expect("ledger")
        .into_iter()
        .chain(s.store().ledger(1).await.expect("ledger"))
        .find(|e| e.rule == rule && e.kind == ReminderKind::Start)
        .expect("start reminder")
        .reminder_id;
    s.snooze(&id, SnoozeChoice::FifteenMinutes).await.expect("snooze");
    id
}

#[tokio::test]
async fn reminders_falling_due_minutes_apart_share_one_notification() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |_| {}).await;
    s.tick().await.expect("start");
    // Gym snoozed at 14:00 (due 14:15), make-up at 14:02 (due 14:17), sun at 14:05 (14:20).
    let gym = snooze_start(&s, &clock, "gym", local(20, 14, 0)).await;
    let makeup = snooze_start(&s, &clock, "makeup", local(20, 14, 2)).await;
    let sun = snooze_start(&s, &clock, "sun", local(20, 14, 5)).await;
    let before = s.notifier().sent().len();

    // 14:15: the gym is due, make-up two minutes later: wait for it, never ring early.
    clock.set(local(20, 14, 15));
    assert_eq!(
        s.tick().await.expect("tick").delivered,
        0,
        "held for the one about to fall due"
    );
    assert_eq!(s.next_wake().await.expect("wake"), Some(local(20, 14, 17)));
    // 14:17: both in one notification. The sun (14:20) is five minutes after the gym: the
    // gym is not held longer than GATHER for it.
    clock.set(local(20, 14, 17));
    let tick = s.tick().await.expect("tick");
    assert_eq!((tick.delivered, tick.notifications), (2, 1), "{tick:?}");
    let sent = s.notifier().sent();
    let together = &sent[before];
    assert!(together.reminder_ids.contains(&gym) && together.reminder_ids.contains(&makeup));
    assert!(!together.reminder_ids.contains(&sun));
    assert!(aftercare_reminders::GATHER >= jiff::SignedDuration::from_mins(2));
    clock.set(local(20, 14, 20));
    assert_eq!(s.tick().await.expect("sun").delivered, 1);
}

#[tokio::test]
async fn nothing_is_held_past_its_grace_or_into_quiet_hours() {
    // A one-minute grace: waiting two minutes for the next would make the first stale.
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |st| st.grace_minutes = 1).await;
    s.tick().await.expect("start");
    snooze_start(&s, &clock, "gym", local(20, 14, 0)).await;
    snooze_start(&s, &clock, "makeup", local(20, 14, 2)).await;
    clock.set(local(20, 14, 15));
    assert_eq!(s.tick().await.expect("tick").delivered, 1, "rings on time, alone");

    // Quiet hours from 14:16, set after both were snoozed: waiting for the 14:17 one would
    // hold the 14:15 one all night (and make it stale).
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |_| {}).await;
    s.tick().await.expect("start");
    snooze_start(&s, &clock, "gym", local(20, 14, 0)).await;
    snooze_start(&s, &clock, "makeup", local(20, 14, 2)).await;
    let mut settings = s.store().settings().await.expect("settings").expect("saved");
    settings.quiet_hours = Some(QuietHours::new(time(14, 16, 0, 0), time(7, 0, 0, 0)).expect("q"));
    s.store().save_settings(&settings).await.expect("save");
    s.replan().await.expect("replan");
    clock.set(local(20, 14, 15));
    assert_eq!(
        s.tick().await.expect("tick").delivered,
        1,
        "rings before the quiet hours"
    );
}

#[tokio::test]
async fn a_phone_gets_the_same_grouping_as_the_desktop() {
    let dir = tempfile::tempdir().expect("dir");
    let (s, clock, _) = setup(&dir, |_| {}).await;
    // Armed a minute before the treatment's end: the five start reminders are one
    // scheduled notification, the 20:00 check-in one of its own under its day's id.
    clock.set(local(20, 13, 59));
    let os = FakeOs::default();
    let reminders = rearm(s.store(), &os, clock.now()).await.expect("rearm");
    let scheduled = os.scheduled.lock().expect("lock").clone();
    assert!(
        scheduled.len() < reminders,
        "{} notifications for {reminders} reminders",
        scheduled.len()
    );
    let at_start: Vec<_> = scheduled.iter().filter(|(_, at, _)| *at == local(20, 14, 0)).collect();
    assert_eq!(at_start.len(), 1, "{at_start:?}");
    assert_eq!(at_start[0].2, "Your aftercare starts now");
    let evening: Vec<_> = scheduled.iter().filter(|(_, at, _)| *at == local(20, 20, 0)).collect();
    let checkin = evening
        .iter()
        .find(|(_, _, title)| title == "How is your skin today?")
        .expect("the check-in alone");
    assert_eq!(checkin.0, os_id("checkin-day-1"), "a day's check-in keeps its day's id");
}

#[tokio::test]
async fn delivery_runs_the_loop_and_follows_the_actions_until_stopped() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use aftercare_reminders::{deliver, Action, ActionKind};

    let dir = tempfile::tempdir().expect("dir");
    let (s, _clock, id) = setup(&dir, |_| {}).await;
    let s = Arc::new(s);
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let logged = Arc::new(AtomicUsize::new(0));
    let seen = logged.clone();
    let run = tokio::spawn(deliver(
        s.clone(),
        rx,
        move || {
            seen.fetch_add(1, Ordering::SeqCst);
        },
        stop_rx,
    ));
    // The loop shows the start reminders as one notification.
    let until = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while s.notifier().sent().is_empty() && tokio::time::Instant::now() < until {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(s.notifier().sent().len(), 1, "the loop delivered");
    // Its actions: "Snooze" snoozes the notification's reminders, "Log today" is the caller's.
    let gym = s
        .store()
        .ledger(id)
        .await
        .expect("ledger")
        .into_iter()
        .find(|e| e.state == LedgerState::Delivered)
        .expect("a delivered reminder")
        .reminder_id;
    tx.send(Action {
        kind: ActionKind::Snooze,
        reminder_ids: vec![gym.clone()],
    })
    .expect("send");
    tx.send(Action {
        kind: ActionKind::LogToday,
        reminder_ids: vec![],
    })
    .expect("send");
    while logged.load(Ordering::SeqCst) == 0 && tokio::time::Instant::now() < until {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(logged.load(Ordering::SeqCst), 1, "Log today reached the caller");
    let state = |l: Vec<aftercare_store::LedgerEntry>| l.into_iter().find(|e| e.reminder_id == gym).map(|e| e.state);
    assert_eq!(
        state(s.store().ledger(id).await.expect("ledger")),
        Some(LedgerState::Snoozed)
    );
    stop.send(true).expect("stop");
    tokio::time::timeout(std::time::Duration::from_secs(10), run)
        .await
        .expect("delivery stops when told")
        .expect("join")
        .expect("no error");
}
