//! The scheduler: plan → ledger → claim → notify, and the loop that waits in between.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use aftercare_core::{Preferences, ReminderPlan, Settings};
use aftercare_store::{Claim, LedgerEntry, PlanSync, Store};
use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp, ToSpan};

use tokio::sync::{watch, Notify};

use crate::{Clock, Notification, Notifier, Result};

/// The longest the loop sleeps without looking at the wall clock again.
pub const MAX_SLICE: Duration = Duration::from_secs(60);
/// A gap this large between wall-clock and monotonic time means the clock was changed
/// or the machine slept.
const JUMP: SignedDuration = SignedDuration::from_secs(2);

/// What one pass did (counts only: no health data in logs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    pub delivered: usize,
    pub notifications: usize,
    pub missed: usize,
    pub skipped: usize,
    pub failed: usize,
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
}

impl<N: Notifier, C: Clock> Scheduler<N, C> {
    pub fn new(store: Store, notifier: N, clock: C) -> Self {
        Self {
            store,
            notifier,
            clock,
            wake: Arc::new(Notify::new()),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn notifier(&self) -> &N {
        &self.notifier
    }

    /// Call after the treatment or settings changed: the loop re-plans and re-arms.
    pub fn wake_handle(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    async fn settings(&self) -> Result<Option<Settings>> {
        Ok(self.store.settings().await?)
    }

    /// Brings the ledger in line with the latest treatment's plan (idempotent: stable
    /// reminder ids, nothing duplicated, nothing delivered re-armed).
    pub async fn replan(&self) -> Result<Option<PlanSync>> {
        let Some(t) = self.store.latest_treatment().await? else {
            return Ok(None);
        };
        let settings = self.settings().await?;
        let prefs = settings
            .as_ref()
            .map(Settings::preferences)
            .unwrap_or_else(Preferences::default);
        let treatment = match &settings {
            Some(s) => t.treatment.moved_to(s.zone.clone()),
            None => t.treatment.clone(),
        };
        let protocol = self.store.protocol_for(t.protocol_id).await?;
        let plan = ReminderPlan::build(&protocol, &treatment, &prefs)?;
        let sync = self.store.sync_plan(t.id, &plan).await?;
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
        let next = self.store.next_due().await?;
        let quiet = Self::quiet_until(self.settings().await?.as_ref(), now)?;
        Ok(match (next, quiet) {
            (Some(n), Some(q)) => Some(n.max(q)),
            (n, _) => n,
        })
    }

    /// One pass: claim what is due (one transaction), then notify, merged per rule.
    /// Nothing rings during quiet hours: what falls due then waits for their end (and
    /// is missed if that is past the grace period).
    pub async fn tick(&self) -> Result<Tick> {
        let now = self.clock.now();
        let settings = self.settings().await?;
        if Self::quiet_until(settings.as_ref(), now)?.is_some() {
            return Ok(Tick::default());
        }
        let grace = settings.map_or(aftercare_core::settings::DEFAULT_GRACE_MINUTES, |s| s.grace_minutes);
        let Claim {
            deliver,
            missed,
            skipped,
        } = self
            .store
            .claim_due(now, SignedDuration::from_mins(i64::from(grace)))
            .await?;
        let mut report = Tick {
            delivered: deliver.len(),
            missed: missed.len(),
            skipped: skipped.len(),
            ..Tick::default()
        };
        for n in merge(deliver) {
            report.notifications += 1;
            // Already recorded as delivered: a failure here loses this one notification
            // (logged) rather than risking it twice.
            if let Err(e) = self.notifier.notify(n).await {
                report.failed += 1;
                tracing::warn!(error = %e, "a notification could not be shown");
            }
        }
        if report != Tick::default() {
            tracing::info!(
                delivered = report.delivered,
                missed = report.missed,
                skipped = report.skipped,
                "reminders"
            );
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
        self.wake.notify_one();
        Ok(e)
    }

    /// Runs until `shutdown` turns true: re-plan, deliver what is due, sleep until the
    /// next reminder (at most [`MAX_SLICE`] at a time), repeat.
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
            let floor = match self.tick().await {
                Ok(_) => SignedDuration::from_millis(20),
                Err(e) => {
                    tracing::error!(error = %e, "reminder pass failed; retrying in 30 s");
                    SignedDuration::from_secs(30)
                }
            };
            let wall_before = self.clock.now();
            let wait = match self.next_wake().await {
                Ok(Some(next)) => next.duration_since(wall_before).max(floor),
                Ok(None) => SignedDuration::MAX,
                Err(e) => {
                    tracing::error!(error = %e, "can't read the next reminder");
                    SignedDuration::MAX
                }
            };
            let slice = Duration::try_from(wait).unwrap_or(MAX_SLICE).min(MAX_SLICE);
            let mono_before = tokio::time::Instant::now();
            tokio::select! {
                _ = tokio::time::sleep(slice) => {}
                _ = self.wake.notified() => {
                    if let Err(e) = self.replan().await {
                        tracing::error!(error = %e, "re-planning failed");
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

/// One notification per rule; several due reminders of a rule become one.
fn merge(deliver: Vec<LedgerEntry>) -> Vec<Notification> {
    let mut by_rule: BTreeMap<String, Vec<LedgerEntry>> = BTreeMap::new();
    for e in deliver {
        by_rule.entry(e.rule.clone()).or_default().push(e);
    }
    by_rule
        .into_values()
        .filter_map(|mut group| {
            group.sort_by_key(|e| e.due_at);
            let latest = group.last()?.clone();
            let earlier = group.len() - 1;
            let body = if earlier == 0 {
                latest.body.clone()
            } else {
                format!(
                    "{} (Also {earlier} earlier reminder{} of the same kind.)",
                    latest.body,
                    if earlier == 1 { "" } else { "s" }
                )
            };
            Some(Notification {
                reminder_ids: group.iter().map(|e| e.reminder_id.clone()).collect(),
                rule: latest.rule.clone(),
                title: latest.title.clone(),
                body,
                due_at: latest.due_at,
            })
        })
        .collect()
}
