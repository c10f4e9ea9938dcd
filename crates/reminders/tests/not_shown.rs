//! A notification that could not be shown is not "delivered": its reminders wait, are
//! tried again while their grace lasts, are shown exactly once when the service is back,
//! and are missed (never silently lost) when it stays away.

#[path = "support/treated.rs"]
mod treated;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use aftercare_reminders::{retry_after, BoxFuture, Error, Notification, Notifier, RecordingNotifier, SnoozeChoice};
use aftercare_store::LedgerState;
use jiff::SignedDuration;
use treated::{local, treated};

/// A notification service that can be switched off, as when the desktop has none.
#[derive(Clone, Default)]
struct Flaky {
    down: Arc<AtomicBool>,
    tries: Arc<AtomicUsize>,
    shown: RecordingNotifier,
}

const REASON: &str =
    "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided";

impl Flaky {
    fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }
}

impl Notifier for Flaky {
    fn notify(&self, n: Notification) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            self.tries.fetch_add(1, Ordering::SeqCst);
            if self.down.load(Ordering::SeqCst) {
                return Err(Error::Notify(REASON.into()));
            }
            self.shown.notify(n).await
        })
    }
}

fn secs(s: i64) -> SignedDuration {
    SignedDuration::from_secs(s)
}

#[test]
fn retries_back_off_to_once_a_minute() {
    let waits: Vec<i64> = (1..=7).map(|n| retry_after(n).as_secs()).collect();
    assert_eq!(waits, vec![5, 10, 20, 40, 60, 60, 60]);
    assert_eq!(retry_after(u32::MAX).as_secs(), 60);
}

#[tokio::test]
async fn a_failed_show_waits_and_is_shown_once_when_the_service_is_back() {
    let dir = tempfile::tempdir().expect("dir");
    let notifier = Flaky::default();
    notifier.set_down(true);
    let (s, clock, id) = treated(&dir, notifier.clone(), |_| {}).await;
    let mut changes = s.changes();

    // The five start reminders fall due; no server: nothing is recorded as delivered.
    let tick = s.tick().await.expect("tick");
    assert_eq!(
        (tick.delivered, tick.notifications, tick.failed, tick.not_shown),
        (0, 0, 1, 5),
        "{tick:?}"
    );
    assert!(s.failing());
    assert!(changes.has_changed().expect("watch"), "the window is told");
    changes.mark_unchanged();
    let waiting = s.store().not_shown(id).await.expect("not shown");
    assert_eq!(waiting.len(), 5);
    for e in &waiting {
        assert_eq!(e.state, LedgerState::NotShown);
        assert_eq!(e.delivered_at, None, "{}", e.reminder_id);
        assert_eq!(e.not_shown_reason.as_deref(), Some(REASON));
        assert_eq!(e.failed_shows, 1);
        assert_eq!(
            e.owed_since,
            Some(local(20, 14, 0)),
            "grace counts from when it fell due"
        );
        assert_eq!(e.retry_at, Some(local(20, 14, 0) + secs(5)));
    }
    assert_eq!(s.next_wake().await.expect("wake"), Some(local(20, 14, 0) + secs(5)));

    // Not before the retry; at the retry, still down: tried again, backed off further.
    assert_eq!(s.tick().await.expect("tick"), Default::default());
    clock.set(local(20, 14, 0) + secs(5));
    let tick = s.tick().await.expect("retry");
    assert_eq!((tick.failed, tick.not_shown, tick.delivered), (1, 5, 0));
    assert!(
        !changes.has_changed().expect("watch"),
        "a retry that fails again changes nothing to see"
    );
    let e = &s.store().not_shown(id).await.expect("not shown")[0];
    assert_eq!((e.failed_shows, e.retry_at), (2, Some(local(20, 14, 0) + secs(15))));
    assert_eq!(notifier.tries.load(Ordering::SeqCst), 2);

    // The service comes back: the next pass shows each reminder once, in one notification.
    notifier.set_down(false);
    clock.set(local(20, 14, 0) + secs(15));
    let tick = s.tick().await.expect("back");
    assert_eq!((tick.delivered, tick.notifications, tick.failed), (5, 1, 0), "{tick:?}");
    assert!(!s.failing());
    assert!(changes.has_changed().expect("watch"), "the window's message goes away");
    assert!(s.store().not_shown(id).await.expect("none").is_empty());
    let ledger = s.store().ledger(id).await.expect("ledger");
    let shown = notifier.shown.sent();
    for e in ledger.iter().filter(|e| e.due_at == local(20, 14, 0)) {
        assert_eq!(e.state, LedgerState::Delivered);
        assert_eq!(e.delivered_at, Some(local(20, 14, 0) + secs(15)));
        assert_eq!(e.retry_at, None);
        let times = shown.iter().filter(|n| n.reminder_ids.contains(&e.reminder_id)).count();
        assert_eq!(times, 1, "{} shown {times} times", e.reminder_id);
    }
    // Never again.
    clock.set(local(20, 15, 0));
    assert_eq!(s.tick().await.expect("later").delivered, 0);
    assert_eq!(notifier.shown.sent().len(), 1);
}

#[tokio::test]
async fn what_cannot_be_shown_within_its_grace_is_missed_not_lost() {
    let dir = tempfile::tempdir().expect("dir");
    let notifier = Flaky::default();
    notifier.set_down(true);
    let (s, clock, id) = treated(&dir, notifier.clone(), |st| st.grace_minutes = 30).await;
    s.tick().await.expect("tick");
    // Retried through the grace period: still waiting at 29 minutes...
    for m in [1, 10, 29] {
        clock.set(local(20, 14, m));
        s.tick().await.expect("retry");
        assert_eq!(s.store().not_shown(id).await.expect("waiting").len(), 5, "at {m} min");
    }
    // ...missed past it, even though its last retry was only a minute ago.
    clock.set(local(20, 14, 31));
    let tick = s.tick().await.expect("missed");
    assert_eq!((tick.missed, tick.delivered), (5, 0), "{tick:?}");
    let ledger = s.store().ledger(id).await.expect("ledger");
    let starts: Vec<_> = ledger.iter().filter(|e| e.due_at == local(20, 14, 0)).collect();
    assert_eq!(starts.len(), 5);
    assert!(starts
        .iter()
        .all(|e| e.state == LedgerState::Missed && e.delivered_at.is_none() && e.failed_shows >= 3));
    assert!(
        !s.failing(),
        "nothing waits any more: the outage is over for the client"
    );
    // The service returning later does not show stale reminders.
    notifier.set_down(false);
    clock.set(local(20, 14, 32));
    s.tick().await.expect("tick");
    assert!(notifier.shown.sent().is_empty());
}

#[tokio::test]
async fn a_waiting_reminder_can_be_snoozed_or_done_and_is_not_shown_meanwhile() {
    let dir = tempfile::tempdir().expect("dir");
    let notifier = Flaky::default();
    notifier.set_down(true);
    let (s, clock, id) = treated(&dir, notifier.clone(), |_| {}).await;
    s.tick().await.expect("tick");
    let waiting = s.store().not_shown(id).await.expect("waiting");
    let (a, b) = (&waiting[0].reminder_id, &waiting[1].reminder_id);
    let snoozed = s.snooze(a, SnoozeChoice::OneHour).await.expect("snooze");
    assert_eq!((snoozed.state, snoozed.retry_at), (LedgerState::Snoozed, None));
    let done = s
        .store()
        .set_reminder_state(b, LedgerState::Dismissed, local(20, 14, 1), None)
        .await
        .expect("done");
    assert_eq!((done.state, done.retry_at), (LedgerState::Dismissed, None));
    assert!(
        s.store()
            .set_reminder_state(a, LedgerState::NotShown, local(20, 14, 1), None)
            .await
            .is_err(),
        "only the runtime records a failed show"
    );
    notifier.set_down(false);
    clock.set(local(20, 14, 10));
    s.tick().await.expect("back");
    let shown = notifier.shown.sent();
    assert_eq!(shown.len(), 1, "the three still waiting, together");
    assert_eq!(shown[0].reminder_ids.len(), 3);
    assert!(shown
        .iter()
        .all(|n| !n.reminder_ids.contains(a) && !n.reminder_ids.contains(b)));
    // The snoozed one rings at its snooze time, once.
    clock.set(local(20, 15, 10));
    s.tick().await.expect("snooze ends");
    assert_eq!(
        notifier
            .shown
            .sent()
            .iter()
            .filter(|n| n.reminder_ids.contains(a))
            .count(),
        1
    );
}
