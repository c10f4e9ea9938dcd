//! What the reminder runtime asks of the ledger. Claiming is one transaction: a due
//! reminder is marked delivered (or missed, or skipped) before anyone is notified, so a
//! crash between the two can lose a notification but never repeat one.

use aftercare_core::ReminderKind;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::ledger::{entry_from_row, entry_in, LedgerEntry, LedgerState};
use crate::util::{date, ts};
use crate::{Error, Result, Store};

/// The outcome of one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Due within the grace period: deliver these now (already marked delivered; a show
    /// that fails hands them back with [`Store::record_not_shown`]).
    pub deliver: Vec<LedgerEntry>,
    /// Due longer ago than the grace period: listed on the Reminders screen, never shown
    /// as a burst.
    pub missed: Vec<LedgerEntry>,
    /// Check-in reminders for a day the client already logged.
    pub skipped: Vec<LedgerEntry>,
    /// Nothing was claimed: what is due waits until then for the reminders about to fall
    /// due, to share one notification with them.
    pub held_until: Option<Timestamp>,
}

/// When to claim instead of now, if reminders about to fall due should be waited for so
/// that they share one notification with what is due now: at most `gather` after the
/// oldest due one, and only while every one of them is still within its grace period.
fn gather_until(
    pending: &[LedgerEntry],
    now: Timestamp,
    grace: SignedDuration,
    gather: SignedDuration,
) -> Option<Timestamp> {
    if gather <= SignedDuration::ZERO {
        return None;
    }
    let due = pending.iter().filter(|e| e.effective_due() <= now);
    let oldest = due.clone().map(LedgerEntry::effective_due).min()?;
    let oldest_owed = due.map(LedgerEntry::grace_from).min()?;
    let soon = pending
        .iter()
        .map(LedgerEntry::effective_due)
        .filter(|t| *t > now)
        .min()?;
    // With room to spare: the pass that claims them runs a moment after `soon`.
    let in_grace = soon.duration_since(oldest_owed) + HOLD_SLACK <= grace;
    (soon.duration_since(oldest) <= gather && in_grace).then_some(soon)
}

/// How much of the grace period a hold leaves unused, for the pass's own delay.
const HOLD_SLACK: SignedDuration = SignedDuration::from_secs(30);

const PENDING: &str = "SELECT * FROM reminder_ledger WHERE state IN ('planned', 'snoozed', 'not-shown')";
/// Answered from the index `ledger_by_next_due` (migration 0008).
pub(crate) const PENDING_UNTIL: &str =
    "SELECT * FROM reminder_ledger WHERE state IN ('planned', 'snoozed', 'not-shown') AND next_due_ms <= ?";

/// The reminders still to ring whose next ring is at most `until` (every one without it),
/// soonest first. The database picks them by `next_due_ms` (whole milliseconds, with a
/// millisecond to spare, so nothing due is left out); the exact instants then order them.
async fn pending(conn: &mut sqlx::SqliteConnection, until: Option<Timestamp>) -> Result<Vec<LedgerEntry>> {
    let rows = match until {
        Some(t) => {
            sqlx::query(PENDING_UNTIL)
                // A millisecond of slack: SQLite's millisecond may round up where ours rounds down.
                .bind(t.as_millisecond().saturating_add(1))
                .fetch_all(&mut *conn)
                .await?
        }
        None => sqlx::query(PENDING).fetch_all(&mut *conn).await?,
    };
    let mut out = rows.iter().map(entry_from_row).collect::<Result<Vec<_>>>()?;
    out.sort_by(|a, b| {
        a.effective_due()
            .cmp(&b.effective_due())
            .then_with(|| a.reminder_id.cmp(&b.reminder_id))
    });
    Ok(out)
}

/// Whether the check-in of the day a check-in reminder is about already exists.
async fn day_logged(conn: &mut sqlx::SqliteConnection, e: &LedgerEntry) -> Result<bool> {
    let Some(day) = e.day else { return Ok(false) };
    // The day on the client's current calendar, as the check-in that logs it was dated.
    let treatment = match crate::case::treatment_seen_now(conn, e.treatment_id).await {
        Ok(t) => t,
        Err(Error::NoTreatment(_)) => return Ok(false),
        Err(err) => return Err(err),
    };
    let the_day = treatment.date_of_day(day).ok_or_else(|| Error::Corrupt("day".into()))?;
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM checkins WHERE treatment_id = ? AND date = ?")
        .bind(e.treatment_id)
        .bind(date(the_day))
        .fetch_optional(&mut *conn)
        .await?;
    Ok(found.is_some())
}

impl Store {
    /// Claims every reminder due at `now`: within `grace` → delivered, older → missed,
    /// answered check-in reminders → skipped. All in one transaction. A reminder waiting
    /// after a failed show counts its grace from when it first fell due, not its retry.
    ///
    /// With a `gather` period, a reminder falling due within it (counted from the oldest
    /// one due) is waited for instead: nothing is claimed and [`Claim::held_until`] says
    /// when to claim them together.
    pub async fn claim_due(&self, now: Timestamp, grace: SignedDuration, gather: SignedDuration) -> Result<Claim> {
        let mut tx = self.write().await?;
        let mut claim = Claim::default();
        // What is due, and what falls due within the gather period after it.
        let horizon = now
            .checked_add(gather.max(SignedDuration::ZERO))
            .unwrap_or(Timestamp::MAX);
        let pending = pending(&mut tx, Some(horizon)).await?;
        if let Some(until) = gather_until(&pending, now, grace, gather) {
            claim.held_until = Some(until);
            return Ok(claim);
        }
        for mut e in pending.into_iter().filter(|e| e.effective_due() <= now) {
            let owed = e.grace_from();
            let (state, column) = if e.kind == ReminderKind::CheckIn && day_logged(&mut tx, &e).await? {
                (LedgerState::Skipped, "skipped_at")
            } else if now.duration_since(owed) > grace {
                (LedgerState::Missed, "missed_at")
            } else {
                (LedgerState::Delivered, "delivered_at")
            };
            let sql = format!(
                "UPDATE reminder_ledger SET state = ?, snoozed_until = NULL, retry_at = NULL, owed_since = ?,
                                            {column} = ?, updated_at = ?
                 WHERE reminder_id = ? AND state IN ('planned', 'snoozed', 'not-shown')"
            );
            let n = sqlx::query(&sql)
                .bind(state.as_str())
                .bind(ts(owed))
                .bind(ts(now))
                .bind(ts(now))
                .bind(&e.reminder_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 0 {
                continue;
            }
            e.state = state;
            e.snoozed_until = None;
            e.retry_at = None;
            e.owed_since = Some(owed);
            e.updated_at = now;
            match state {
                LedgerState::Skipped => {
                    e.skipped_at = Some(now);
                    claim.skipped.push(e);
                }
                LedgerState::Missed => {
                    e.missed_at = Some(now);
                    claim.missed.push(e);
                }
                _ => {
                    e.delivered_at = Some(now);
                    claim.deliver.push(e);
                }
            }
        }
        tx.commit().await?;
        Ok(claim)
    }

    /// Hands back reminders just claimed for delivery whose notification could not be
    /// shown: they are "not-shown" with the reason, to be tried again at `retry_at` (and
    /// missed by a later claim once their grace period has passed). Only reminders still
    /// delivered are changed, in one transaction; the changed entries are returned.
    pub async fn record_not_shown(
        &self,
        reminder_ids: &[String],
        reason: &str,
        retry_at: Timestamp,
        now: Timestamp,
    ) -> Result<Vec<LedgerEntry>> {
        let reason = short_reason(reason);
        let mut tx = self.write().await?;
        let mut out = Vec::with_capacity(reminder_ids.len());
        for id in reminder_ids {
            let n = sqlx::query(
                "UPDATE reminder_ledger SET state = 'not-shown', delivered_at = NULL, retry_at = ?,
                        failed_shows = failed_shows + 1, not_shown_reason = ?, updated_at = ?
                 WHERE reminder_id = ? AND state = 'delivered' AND owed_since IS NOT NULL",
            )
            .bind(ts(retry_at))
            .bind(&reason)
            .bind(ts(now))
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                out.push(entry_in(&mut tx, id).await?);
            }
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Every reminder waiting after a failed show: ask for them again now (the
    /// notification service came back).
    pub async fn retry_not_shown_now(&self, now: Timestamp) -> Result<u64> {
        let mut tx = self.write().await?;
        let n = sqlx::query("UPDATE reminder_ledger SET retry_at = ?, updated_at = ? WHERE state = 'not-shown'")
            .bind(ts(now))
            .bind(ts(now))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// Whether any reminder waits after a failed show.
    pub async fn any_not_shown(&self) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM reminder_ledger WHERE state = 'not-shown' LIMIT 1")
            .fetch_optional(self.pool())
            .await?;
        Ok(found.is_some())
    }

    /// The reminders of a treatment waiting after a failed show, soonest due first.
    pub async fn not_shown(&self, treatment_id: i64) -> Result<Vec<LedgerEntry>> {
        let rows = sqlx::query(
            "SELECT * FROM reminder_ledger WHERE treatment_id = ? AND state = 'not-shown' ORDER BY reminder_id",
        )
        .bind(treatment_id)
        .fetch_all(self.pool())
        .await?;
        let mut out = rows.iter().map(entry_from_row).collect::<Result<Vec<_>>>()?;
        out.sort_by_key(LedgerEntry::grace_from);
        Ok(out)
    }

    /// When the next reminder should ring, if any is pending.
    pub async fn next_due(&self) -> Result<Option<Timestamp>> {
        let mut conn = self.pool().acquire().await?;
        // The soonest by the index, then the exact instant among those in that millisecond.
        let first: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(next_due_ms) FROM reminder_ledger WHERE state IN ('planned', 'snoozed', 'not-shown')",
        )
        .fetch_one(&mut *conn)
        .await?;
        let Some(ms) = first else { return Ok(None) };
        let until = Timestamp::from_millisecond(ms.saturating_add(1)).map_err(|_| Error::Corrupt("due time".into()))?;
        Ok(pending(&mut conn, Some(until))
            .await?
            .first()
            .map(LedgerEntry::effective_due))
    }

    /// Every reminder still to ring, soonest first (what a phone re-arms at start).
    pub async fn pending_reminders(&self) -> Result<Vec<LedgerEntry>> {
        let mut conn = self.pool().acquire().await?;
        pending(&mut conn, None).await
    }

    /// Snoozes a reminder until `until`; its original due time is kept for display.
    pub async fn snooze(&self, reminder_id: &str, until: Timestamp, now: Timestamp) -> Result<LedgerEntry> {
        if until <= now {
            return Err(aftercare_core::Error::Invalid {
                field: "snoozed_until",
                reason: aftercare_i18n::say("invalid-snooze-past", &[]),
            }
            .into());
        }
        let mut tx = self.write().await?;
        let n = sqlx::query(
            "UPDATE reminder_ledger SET state = 'snoozed', snoozed_until = ?, snoozes = snoozes + 1, updated_at = ?,
                                        retry_at = NULL, owed_since = NULL, failed_shows = 0, not_shown_reason = NULL
             WHERE reminder_id = ? AND state IN ('planned', 'delivered', 'missed', 'snoozed', 'not-shown')",
        )
        .bind(ts(until))
        .bind(ts(now))
        .bind(reminder_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(Error::NoReminder(reminder_id.to_string()));
        }
        let entry = entry_in(&mut tx, reminder_id).await?;
        tx.commit().await?;
        Ok(entry)
    }
}

/// The stored reason is short and one line: it is shown to the client as it is.
fn short_reason(reason: &str) -> String {
    let one_line = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claim asks the database for what is due through the index, not by reading every
    /// pending reminder.
    #[tokio::test]
    async fn the_due_reminders_come_from_the_index() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("a.db")).await.expect("open");
        let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(&format!("EXPLAIN QUERY PLAN {PENDING_UNTIL}"))
            .bind(0_i64)
            .fetch_all(store.pool())
            .await
            .expect("plan");
        let steps: Vec<&str> = plan.iter().map(|p| p.3.as_str()).collect();
        assert!(
            steps.iter().any(|s| s.contains("USING INDEX ledger_by_next_due")),
            "{steps:?}"
        );
    }
}
