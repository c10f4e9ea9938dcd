//! What the reminder runtime asks of the ledger. Claiming is one transaction: a due
//! reminder is marked delivered (or missed, or skipped) before anyone is notified, so a
//! crash between the two can lose a notification but never repeat one.

use aftercare_core::ReminderKind;
use jiff::{SignedDuration, Timestamp, ToSpan};
use serde::Serialize;
use sqlx::Row;

use crate::ledger::{entry_from_row, entry_in, LedgerEntry, LedgerState};
use crate::util::{date, ts, zone};
use crate::{Error, Result, Store};

/// The outcome of one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Due within the grace period: deliver these now (already marked delivered).
    pub deliver: Vec<LedgerEntry>,
    /// Due longer ago than the grace period: kept for the inbox, never shown as a burst.
    pub missed: Vec<LedgerEntry>,
    /// Check-in reminders for a day the client already logged.
    pub skipped: Vec<LedgerEntry>,
}

impl Claim {
    pub fn is_empty(&self) -> bool {
        self.deliver.is_empty() && self.missed.is_empty() && self.skipped.is_empty()
    }
}

async fn pending(conn: &mut sqlx::SqliteConnection) -> Result<Vec<LedgerEntry>> {
    // Compared in Rust, not SQL: stored instants vary in fractional digits, so their text
    // does not sort like the instants do.
    let rows = sqlx::query("SELECT * FROM reminder_ledger WHERE state IN ('planned', 'snoozed')")
        .fetch_all(&mut *conn)
        .await?;
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
    let row = sqlx::query(
        "SELECT t.ended_at, COALESCE(s.zone, t.zone) AS zone FROM treatments t LEFT JOIN settings s ON s.id = 1 WHERE t.id = ?",
    )
    .bind(e.treatment_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(false) };
    let ended = crate::util::parse_ts(&row.try_get::<String, _>("ended_at")?)?;
    let z = zone(&row.try_get::<String, _>("zone")?)?;
    let the_day = z
        .local(ended)
        .date()
        .checked_add((i64::from(day) - 1).days())
        .map_err(|_| Error::Corrupt("day".into()))?;
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM checkins WHERE treatment_id = ? AND date = ?")
        .bind(e.treatment_id)
        .bind(date(the_day))
        .fetch_optional(&mut *conn)
        .await?;
    Ok(found.is_some())
}

impl Store {
    /// Claims every reminder due at `now`: within `grace` → delivered, older → missed,
    /// answered check-in reminders → skipped. All in one transaction.
    pub async fn claim_due(&self, now: Timestamp, grace: SignedDuration) -> Result<Claim> {
        let mut tx = self.write().await?;
        let mut claim = Claim::default();
        for mut e in pending(&mut tx).await?.into_iter().filter(|e| e.effective_due() <= now) {
            let (state, column) = if e.kind == ReminderKind::CheckIn && day_logged(&mut tx, &e).await? {
                (LedgerState::Skipped, "skipped_at")
            } else if now.duration_since(e.effective_due()) > grace {
                (LedgerState::Missed, "missed_at")
            } else {
                (LedgerState::Delivered, "delivered_at")
            };
            let sql = format!(
                "UPDATE reminder_ledger SET state = ?, snoozed_until = NULL, {column} = ?, updated_at = ?
                 WHERE reminder_id = ? AND state IN ('planned', 'snoozed')"
            );
            let n = sqlx::query(&sql)
                .bind(state.as_str())
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

    /// When the next reminder should ring, if any is pending.
    pub async fn next_due(&self) -> Result<Option<Timestamp>> {
        let mut conn = self.pool().acquire().await?;
        Ok(pending(&mut conn).await?.first().map(LedgerEntry::effective_due))
    }

    /// Every reminder still to ring, soonest first (what a phone re-arms at start).
    pub async fn pending_reminders(&self) -> Result<Vec<LedgerEntry>> {
        let mut conn = self.pool().acquire().await?;
        pending(&mut conn).await
    }

    /// Snoozes a reminder until `until`; its original due time is kept for display.
    pub async fn snooze(&self, reminder_id: &str, until: Timestamp, now: Timestamp) -> Result<LedgerEntry> {
        if until <= now {
            return Err(aftercare_core::Error::Invalid {
                field: "snoozed_until",
                reason: "must be in the future".into(),
            }
            .into());
        }
        let mut tx = self.write().await?;
        let n = sqlx::query(
            "UPDATE reminder_ledger SET state = 'snoozed', snoozed_until = ?, snoozes = snoozes + 1, updated_at = ?
             WHERE reminder_id = ? AND state IN ('planned', 'delivered', 'missed', 'snoozed')",
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
