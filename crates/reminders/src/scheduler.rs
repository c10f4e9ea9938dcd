//! The scheduler: plan → ledger → claim → notify, and the loop that waits in between.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use aftercare_core::Settings;
use aftercare_store::{Claim, LedgerEntry, PlanSync, Store};
use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp, ToSpan};

use tokio::sync::{watch, Notify};

use crate::{Clock, Notifier, Result};

/// The longest the loop sleeps without looking at the wall clock again, where the clock
/// can't wake it at an instant of its own ([`Clock::sleep_until`]).
pub const MAX_SLICE: Duration = Duration::from_secs(60);
/// Reminders falling due this soon after one that is due wait for each other, to share
/// one notification (see `grouping`): none is held longer than this.
pub const GATHER: SignedDuration = SignedDuration::from_mins(3);
/// A gap this large between wall-clock and monotonic time means the clock was changed
/// or the machine slept.
const JUMP: SignedDuration = SignedDuration::from_secs(2);

/// What one pass did (counts only: no health data in logs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    /// Reminders the client was shown.
    pub delivered: usize,
    /// Notifications shown (several reminders can share one).
    pub notifications: usize,
    pub missed: usize,
    pub skipped: usize,
    /// Notifications that could not be shown.
    pub failed: usize,
    /// Reminders whose show failed: they wait for a retry.
    pub not_shown: usize,
}

/// How long reminders whose notification failed for the `failed_shows`-th time wait
/// before the next try: 5 s, 10 s, 20 s, 40 s, then once a minute for as long as their
/// grace period lasts. A server that comes back
/// is noticed sooner than that where the notifier can tell ([`Notifier::recovered`]).
pub fn retry_after(failed_shows: u32) -> SignedDuration {
    let doubling = failed_shows.saturating_sub(1).min(4);
    SignedDuration::from_secs((5_i64 << doubling).min(60))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnoozeChoice {
    FifteenMinutes,
    OneHour,
    /// 09:00 the next day in the client's zone (later if quiet hours say so).
    TomorrowMorning,
}

pub struct Scheduler<N: Notifier, C: Clock> {
    store: Store,
    notifier: N,
    clock: C,
    wake: Arc<Notify>,
    /// Whether the last notification tried failed: the outage is logged once when it
    /// starts and once when it ends, and the loop listens for the service meanwhile.
    failing: AtomicBool,
    /// Bumped whenever a pass changed what the client should see (delivered, missed,
    /// skipped, not shown): the app's window refreshes on it.
    changes: watch::Sender<u64>,
    /// Set when the last pass waited for reminders about to fall due: the loop wakes then.
    held_until: std::sync::Mutex<Option<Timestamp>>,
    /// The notification service just came back: the next pass shows what waited at once,
    /// without waiting for reminders about to fall due.
    flush: AtomicBool,
}

impl<N: Notifier, C: Clock> Scheduler<N, C> {
    pub fn new(store: Store, notifier: N, clock: C) -> Self {
        Self {
            store,
            notifier,
            clock,
            wake: Arc::new(Notify::new()),
            failing: AtomicBool::new(false),
            changes: watch::Sender::new(0),
            held_until: std::sync::Mutex::new(None),
            flush: AtomicBool::new(false),
        }
    }

    /// Changes each time a pass changed the ledger in a way the client should see.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    /// Whether notifications are failing to show right now (as far as the last try knows).
    pub fn failing(&self) -> bool {
        self.failing.load(Ordering::Relaxed)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn notifier(&self) -> &N {
        &self.notifier
    }

    /// Due times changed (a snooze, a "done", a re-plan): the loop looks at the ledger
    /// again at once instead of at the time it was sleeping until. Nothing is re-planned.
    pub fn rearm(&self) {
        self.wake.notify_one();
    }

    /// Something the plan depends on changed (the treatment, the settings, the protocol,
    /// a check-in): re-plan once, here, and let the loop re-arm.
    pub async fn changed(&self) -> Result<Option<PlanSync>> {
        let sync = self.replan().await?;
        self.rearm();
        Ok(sync)
    }

    async fn settings(&self) -> Result<Option<Settings>> {
        Ok(self.store.settings().await?)
    }

    /// Brings the ledger in line with the current case's plan (idempotent: stable
    /// reminder ids, nothing duplicated, nothing delivered re-armed).
    pub async fn replan(&self) -> Result<Option<PlanSync>> {
        let Some(case) = self.store.current_case().await? else {
            return Ok(None);
        };
        let sync = self.store.sync_plan(case.id(), &case.plan()?).await?;
        tracing::debug!(
            added = sync.added,
            moved = sync.moved,
            removed = sync.removed,
            "re-planned"
        );
        Ok(Some(sync))
    }

    /// If `now` falls in the client's quiet hours, when they end.
    fn quiet_until(settings: Option<&Settings>, now: Timestamp) -> Result<Option<Timestamp>> {
        let Some((q, zone)) = settings.and_then(|s| s.quiet_hours.map(|q| (q, s.zone.clone()))) else {
            return Ok(None);
        };
        let local = zone.local(now);
        if !q.contains(local.time()) {
            return Ok(None);
        }
        Ok(Some(q.postpone(&local)?.timestamp()))
    }

    /// When the loop should look again: the next due reminder, or the end of quiet hours
    /// if reminders are being held through them.
    pub async fn next_wake(&self) -> Result<Option<Timestamp>> {
        let now = self.clock.now();
        let held = self.held_until.lock().ok().and_then(|h| *h).filter(|h| *h > now);
        let next = match (self.store.next_due().await?, held) {
            // What is due waits for what is about to be.
            (Some(n), Some(h)) if n <= now => Some(h),
            (n, _) => n,
        };
        let quiet = Self::quiet_until(self.settings().await?.as_ref(), now)?;
        Ok(match (next, quiet) {
            (Some(n), Some(q)) => Some(n.max(q)),
            (n, _) => n,
        })
    }

    /// One pass: claim what is due (one transaction), then notify: what fell due together
    /// shares one notification (see `grouping`).
    /// Nothing rings during quiet hours: what falls due then waits for their end (and
    /// is missed if that is past the grace period).
    ///
    /// A claimed reminder is recorded as delivered before it is shown, so a crash in
    /// between can never show it twice. When the show is known to have failed, its
    /// reminders are handed back as not shown, to be tried again while their grace
    /// period lasts: the ledger says "delivered" only of what the client was shown.
    pub async fn tick(&self) -> Result<Tick> {
        let now = self.clock.now();
        // Between reminders (every pass while the app idles): one read, no write transaction.
        if self.store.next_due().await?.is_none_or(|due| due > now) {
            if let Ok(mut h) = self.held_until.lock() {
                *h = None;
            }
            return Ok(Tick::default());
        }
        let settings = self.settings().await?;
        if Self::quiet_until(settings.as_ref(), now)?.is_some() {
            return Ok(Tick::default());
        }
        // Not across the start of quiet hours (what waited would then wait all night), nor
        // when the notification service just came back (what waited goes out now).
        let flush = self.flush.swap(false, Ordering::Relaxed);
        let gather = if flush || Self::quiet_until(settings.as_ref(), now + GATHER)?.is_some() {
            SignedDuration::ZERO
        } else {
            GATHER
        };
        let language = Settings::language_of(settings.as_ref());
        let grace = settings.map_or(aftercare_core::settings::DEFAULT_GRACE_MINUTES, |s| s.grace_minutes);
        let Claim {
            deliver,
            missed,
            skipped,
            held_until,
        } = self
            .store
            .claim_due(now, SignedDuration::from_mins(i64::from(grace)), gather)
            .await?;
        if let Ok(mut h) = self.held_until.lock() {
            *h = held_until;
        }
        let mut report = Tick {
            missed: missed.len(),
            skipped: skipped.len(),
            ..Tick::default()
        };
        let failed_before: HashMap<String, u32> = deliver
            .iter()
            .map(|e| (e.reminder_id.clone(), e.failed_shows))
            .collect();
        let mut first_failures = 0;
        let mut last_error = None;
        let mut write_error = None;
        for n in crate::grouping::group(deliver, language) {
            let ids = n.reminder_ids.clone();
            match self.notifier.notify(n).await {
                Ok(()) => {
                    report.notifications += 1;
                    report.delivered += ids.len();
                }
                Err(e) => {
                    report.failed += 1;
                    // The back-off of the reminder that failed least: one failing for the
                    // first time is retried soon, and the window hears of it.
                    let tries = ids
                        .iter()
                        .filter_map(|id| failed_before.get(id))
                        .copied()
                        .min()
                        .unwrap_or(0);
                    first_failures += usize::from(tries == 0);
                    let reason = match &e {
                        crate::Error::Notify(why) => why.clone(),
                        other => other.to_string(),
                    };
                    // Counted from the failure, not the start of the pass: a show that
                    // took long must not leave its retry already due.
                    let failed_at = self.clock.now().max(now);
                    // Every notification of the pass is still tried when this write fails.
                    match self
                        .store
                        .record_not_shown(&ids, &reason, failed_at + retry_after(tries + 1), failed_at)
                        .await
                    {
                        Ok(back) => report.not_shown += back.len(),
                        Err(err) => {
                            tracing::error!(error = %err, "can't record reminders as not shown");
                            write_error.get_or_insert(err);
                        }
                    }
                    last_error = Some(e);
                }
            }
        }
        // Nothing waits any more (shown, or missed past their grace): the outage is over
        // for the client, whether or not a show has succeeded since.
        let nothing_waits = last_error.is_none() && self.failing() && !self.store.any_not_shown().await?;
        let was_failing = self.failing.swap(
            last_error.is_some() || (self.failing() && report.notifications == 0 && !nothing_waits),
            Ordering::Relaxed,
        );
        match (&last_error, was_failing) {
            (Some(e), false) => tracing::warn!(
                waiting = report.not_shown,
                error = %e,
                "notifications can't be shown; the reminders wait and are tried again"
            ),
            (None, true) if report.notifications > 0 => {
                tracing::info!("notifications are shown again");
            }
            (None, true) if nothing_waits => tracing::info!("no reminder waits to be shown any more"),
            _ => {}
        }
        if report.delivered + report.missed + report.skipped > 0 {
            tracing::info!(
                delivered = report.delivered,
                missed = report.missed,
                skipped = report.skipped,
                not_shown = report.not_shown,
                "reminders"
            );
        }
        if report.delivered + report.missed + report.skipped + first_failures > 0 || was_failing != self.failing() {
            self.changes.send_modify(|n| *n = n.wrapping_add(1));
        }
        if let Some(e) = write_error {
            return Err(e.into());
        }
        Ok(report)
    }

    /// Snoozes a reminder; the original due time is kept for display.
    pub async fn snooze(&self, reminder_id: &str, choice: SnoozeChoice) -> Result<LedgerEntry> {
        let now = self.clock.now();
        let settings = self.settings().await?;
        let until = match choice {
            SnoozeChoice::FifteenMinutes => now + SignedDuration::from_mins(15),
            SnoozeChoice::OneHour => now + SignedDuration::from_hours(1),
            SnoozeChoice::TomorrowMorning => {
                let zone = match &settings {
                    Some(s) => s.zone.clone(),
                    None => aftercare_core::Zone::new("UTC")?,
                };
                let tomorrow = zone
                    .local(now)
                    .date()
                    .checked_add(1.day())
                    .map_err(|_| aftercare_core::Error::OutOfRange("date"))?;
                zone.at(tomorrow, Time::constant(9, 0, 0, 0))?.timestamp()
            }
        };
        // Quiet hours apply to snoozed reminders too.
        let until = match settings
            .as_ref()
            .and_then(|s| s.quiet_hours.map(|q| (q, s.zone.clone())))
        {
            Some((q, zone)) => q.postpone(&zone.local(until))?.timestamp(),
            None => until,
        };
        let e = self.store.snooze(reminder_id, until, now).await?;
        self.rearm();
        Ok(e)
    }

    /// Runs until `shutdown` turns true: re-plan, deliver what is due, sleep until the
    /// next reminder ([`Clock::sleep_until`]), repeat.
    pub async fn run(&self, mut shutdown: watch::Receiver<bool>) -> Result<()> {
        self.replan().await?;
        loop {
            if *shutdown.borrow() {
                return Ok(());
            }
            // Catch-up on start, after resume and after a clock change happens here: the
            // claim compares due times with the wall clock, whatever the timers did.
            // After a failed pass, wait a while before the next try instead of spinning on
            // a reminder that is still due.
            let passed = self.tick().await;
            let floor = match &passed {
                Ok(_) => SignedDuration::from_millis(20),
                Err(e) => {
                    tracing::error!(error = %e, "reminder pass failed; retrying in 30 s");
                    SignedDuration::from_secs(30)
                }
            };
            let wall_before = self.clock.now();
            // After a failure, look again within a minute even with nothing due.
            let retry = wall_before + SignedDuration::from_secs(60);
            let until = match self.next_wake().await {
                Ok(Some(next)) if passed.is_err() => Some(next.max(wall_before + floor).min(retry)),
                Ok(Some(next)) => Some(next.max(wall_before + floor)),
                Ok(None) if passed.is_err() => Some(retry),
                Ok(None) => None,
                Err(e) => {
                    tracing::error!(error = %e, "can't read the next reminder");
                    Some(retry)
                }
            };
            let mono_before = tokio::time::Instant::now();
            tokio::select! {
                _ = self.clock.sleep_until(until, MAX_SLICE) => {}
                // Due times changed; whoever changed the plan has re-planned already.
                _ = self.wake.notified() => {}
                // Listened for only while notifications fail: what waits is shown at once.
                _ = self.notifier.recovered(), if self.failing() => {
                    tracing::info!("the notification service is back");
                    self.flush.store(true, Ordering::Relaxed);
                    if let Err(e) = self.store.retry_not_shown_now(self.clock.now()).await {
                        tracing::error!(error = %e, "can't ask for the waiting reminders again");
                    }
                }
                changed = shutdown.changed() => {
                    if changed.is_err() { return Ok(()); }
                }
            }
            let wall = self.clock.now().duration_since(wall_before);
            let mono = SignedDuration::try_from(mono_before.elapsed()).unwrap_or(SignedDuration::ZERO);
            if (wall - mono).abs() > JUMP {
                tracing::info!(
                    seconds = (wall - mono).as_secs(),
                    "the wall clock moved (clock change or sleep); catching up"
                );
            }
        }
    }
}
