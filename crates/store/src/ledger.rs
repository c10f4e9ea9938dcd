//! The reminder ledger: for each planned reminder id, what became of it and when.
//! The reminder runtime uses it to deliver each reminder exactly once.

use aftercare_core::{ReminderKind, ReminderPlan};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::util::{parse_ts, ts};
use crate::{Error, Result, Store};

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LedgerState {
    Planned,
    Delivered,
    Snoozed,
    Dismissed,
    Missed,
    /// A check-in reminder for a day already logged.
    Skipped,
    /// Its notification could not be shown (no notification service, the bus gone): it
    /// waits for `retry_at`, and is missed once its grace period has passed.
    NotShown,
}

impl LedgerState {
    /// Still waiting to be shown: planned, snoozed, or not shown after a failure.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            LedgerState::Planned | LedgerState::Snoozed | LedgerState::NotShown
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LedgerState::Planned => "planned",
            LedgerState::Delivered => "delivered",
            LedgerState::Snoozed => "snoozed",
            LedgerState::Dismissed => "dismissed",
            LedgerState::Missed => "missed",
            LedgerState::Skipped => "skipped",
            LedgerState::NotShown => "not-shown",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "planned" => LedgerState::Planned,
            "delivered" => LedgerState::Delivered,
            "snoozed" => LedgerState::Snoozed,
            "dismissed" => LedgerState::Dismissed,
            "missed" => LedgerState::Missed,
            "skipped" => LedgerState::Skipped,
            "not-shown" => LedgerState::NotShown,
            other => return Err(Error::Corrupt(format!("reminder state {other:?}"))),
        })
    }
}

pub(crate) fn kind_str(k: ReminderKind) -> &'static str {
    match k {
        ReminderKind::Start => "start",
        ReminderKind::Daily => "daily",
        ReminderKind::End => "end",
        ReminderKind::CheckIn => "check-in",
    }
}

pub(crate) fn parse_kind(s: &str) -> Result<ReminderKind> {
    Ok(match s {
        "start" => ReminderKind::Start,
        "daily" => ReminderKind::Daily,
        "end" => ReminderKind::End,
        "check-in" => ReminderKind::CheckIn,
        other => return Err(Error::Corrupt(format!("reminder kind {other:?}"))),
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub reminder_id: String,
    pub treatment_id: i64,
    pub rule: String,
    pub kind: ReminderKind,
    pub day: Option<u32>,
    pub due_at: Timestamp,
    pub planned_at: Timestamp,
    pub title: String,
    pub body: String,
    pub state: LedgerState,
    pub snoozed_until: Option<Timestamp>,
    /// How often the client snoozed it.
    pub snoozes: u32,
    pub delivered_at: Option<Timestamp>,
    pub dismissed_at: Option<Timestamp>,
    pub missed_at: Option<Timestamp>,
    pub skipped_at: Option<Timestamp>,
    pub updated_at: Timestamp,
    /// When it was last due to ring (its due or snooze time), set when it is claimed: the
    /// grace period of its retries counts from here. Added in schema v5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owed_since: Option<Timestamp>,
    /// Set while (and only while) it is [`LedgerState::NotShown`]: when to try again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_at: Option<Timestamp>,
    /// How often showing it failed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub failed_shows: u32,
    /// Why the last show failed (the notification service's words, never the reminder's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_shown_reason: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl LedgerEntry {
    /// When it should ring next: the snooze time if snoozed, the retry if it could not
    /// be shown, else its due time.
    pub fn effective_due(&self) -> Timestamp {
        self.snoozed_until.or(self.retry_at).unwrap_or(self.due_at)
    }

    /// Where its grace period counts from: a retry keeps the moment it first fell due.
    pub fn grace_from(&self) -> Timestamp {
        match (self.state, self.owed_since) {
            (LedgerState::NotShown, Some(owed)) => owed,
            _ => self.effective_due(),
        }
    }
}

fn opt_ts(r: &sqlx::sqlite::SqliteRow, col: &str) -> Result<Option<Timestamp>> {
    r.try_get::<Option<String>, _>(col)?
        .as_deref()
        .map(parse_ts)
        .transpose()
}

pub(crate) fn entry_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<LedgerEntry> {
    let day: Option<i64> = r.try_get("day")?;
    Ok(LedgerEntry {
        reminder_id: r.try_get("reminder_id")?,
        treatment_id: r.try_get("treatment_id")?,
        rule: r.try_get("rule")?,
        kind: parse_kind(&r.try_get::<String, _>("kind")?)?,
        day: day
            .map(|d| u32::try_from(d).map_err(|_| Error::Corrupt("day".into())))
            .transpose()?,
        due_at: parse_ts(&r.try_get::<String, _>("due_at")?)?,
        planned_at: parse_ts(&r.try_get::<String, _>("planned_at")?)?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        state: LedgerState::parse(&r.try_get::<String, _>("state")?)?,
        snoozed_until: opt_ts(r, "snoozed_until")?,
        snoozes: u32::try_from(r.try_get::<i64, _>("snoozes")?).map_err(|_| Error::Corrupt("snoozes".into()))?,
        delivered_at: opt_ts(r, "delivered_at")?,
        dismissed_at: opt_ts(r, "dismissed_at")?,
        missed_at: opt_ts(r, "missed_at")?,
        skipped_at: opt_ts(r, "skipped_at")?,
        updated_at: parse_ts(&r.try_get::<String, _>("updated_at")?)?,
        owed_since: opt_ts(r, "owed_since")?,
        retry_at: opt_ts(r, "retry_at")?,
        failed_shows: u32::try_from(r.try_get::<i64, _>("failed_shows")?)
            .map_err(|_| Error::Corrupt("failed_shows".into()))?,
        not_shown_reason: r.try_get("not_shown_reason")?,
    })
}

pub(crate) async fn insert_entry(tx: &mut sqlx::SqliteConnection, e: &LedgerEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO reminder_ledger (reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body,
                                      state, snoozed_until, snoozes, delivered_at, dismissed_at, missed_at,
                                      skipped_at, updated_at, owed_since, retry_at, failed_shows, not_shown_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&e.reminder_id)
    .bind(e.treatment_id)
    .bind(&e.rule)
    .bind(kind_str(e.kind))
    .bind(e.day.map(i64::from))
    .bind(ts(e.due_at))
    .bind(ts(e.planned_at))
    .bind(&e.title)
    .bind(&e.body)
    .bind(e.state.as_str())
    .bind(e.snoozed_until.map(ts))
    .bind(i64::from(e.snoozes))
    .bind(e.delivered_at.map(ts))
    .bind(e.dismissed_at.map(ts))
    .bind(e.missed_at.map(ts))
    .bind(e.skipped_at.map(ts))
    .bind(ts(e.updated_at))
    .bind(e.owed_since.map(ts))
    .bind(e.retry_at.map(ts))
    .bind(i64::from(e.failed_shows))
    .bind(&e.not_shown_reason)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// One row, read inside the caller's transaction.
pub(crate) async fn entry_in(conn: &mut sqlx::SqliteConnection, reminder_id: &str) -> Result<LedgerEntry> {
    let row = sqlx::query("SELECT * FROM reminder_ledger WHERE reminder_id = ?")
        .bind(reminder_id)
        .fetch_one(&mut *conn)
        .await?;
    entry_from_row(&row)
}

/// What bringing the ledger in line with a new plan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PlanSync {
    /// New reminder ids.
    pub added: usize,
    /// Still-planned reminders whose time or words changed.
    pub moved: usize,
    /// Still-planned reminders the new plan no longer has.
    pub removed: usize,
    /// Reminders no longer just planned (delivered, snoozed, dismissed, missed, skipped or
    /// not shown): never touched again.
    pub settled: usize,
    pub unchanged: usize,
}

impl Store {
    /// Brings a treatment's ledger in line with its (re-)computed plan, idempotently:
    /// the same plan twice changes nothing; a reminder already delivered is never
    /// re-armed, whatever the new plan says.
    pub async fn sync_plan(&self, treatment_id: i64, plan: &ReminderPlan) -> Result<PlanSync> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let rows = sqlx::query("SELECT * FROM reminder_ledger WHERE treatment_id = ?")
            .bind(treatment_id)
            .fetch_all(&mut *tx)
            .await?;
        let existing: std::collections::HashMap<String, LedgerEntry> = rows
            .iter()
            .map(entry_from_row)
            .map(|e| e.map(|e| (e.reminder_id.clone(), e)))
            .collect::<Result<_>>()?;
        // Reminders due before the app looked after this treatment (set-up or restore, less
        // the grace period then in force, fixed once) never enter the ledger: they would only
        // be "missed" notifications the client could not have had.
        let from: Option<String> = sqlx::query_scalar("SELECT reminders_from FROM treatments WHERE id = ?")
            .bind(treatment_id)
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
        let cutoff = from.as_deref().map(crate::util::parse_ts).transpose()?;
        let before_cutoff = |due: Timestamp| cutoff.is_some_and(|c| due < c);
        let mut s = PlanSync::default();
        for r in plan.reminders.iter().filter(|r| !before_cutoff(r.due_at.timestamp())) {
            let entry = LedgerEntry {
                reminder_id: r.id.clone(),
                treatment_id,
                rule: r.rule.clone(),
                kind: r.kind,
                day: r.day,
                due_at: r.due_at.timestamp(),
                planned_at: r.planned_at.timestamp(),
                title: r.title.clone(),
                body: r.body.clone(),
                state: LedgerState::Planned,
                snoozed_until: None,
                snoozes: 0,
                delivered_at: None,
                dismissed_at: None,
                missed_at: None,
                skipped_at: None,
                updated_at: now,
                owed_since: None,
                retry_at: None,
                failed_shows: 0,
                not_shown_reason: None,
            };
            match existing.get(&r.id) {
                None => {
                    insert_entry(&mut tx, &entry).await?;
                    s.added += 1;
                }
                Some(old) if old.state != LedgerState::Planned => s.settled += 1,
                Some(old)
                    if old.due_at == entry.due_at
                        && old.planned_at == entry.planned_at
                        && old.title == entry.title
                        && old.body == entry.body =>
                {
                    s.unchanged += 1
                }
                Some(_) => {
                    sqlx::query("UPDATE reminder_ledger SET due_at = ?, planned_at = ?, title = ?, body = ?, updated_at = ? WHERE reminder_id = ? AND state = 'planned'")
                        .bind(ts(entry.due_at))
                        .bind(ts(entry.planned_at))
                        .bind(&entry.title)
                        .bind(&entry.body)
                        .bind(ts(now))
                        .bind(&entry.reminder_id)
                        .execute(&mut *tx)
                        .await?;
                    s.moved += 1;
                }
            }
        }
        let planned: std::collections::HashSet<&str> = plan
            .reminders
            .iter()
            .filter(|r| !before_cutoff(r.due_at.timestamp()))
            .map(|r| r.id.as_str())
            .collect();
        for old in existing
            .values()
            .filter(|o| o.state == LedgerState::Planned && !planned.contains(o.reminder_id.as_str()))
        {
            sqlx::query("DELETE FROM reminder_ledger WHERE reminder_id = ?")
                .bind(&old.reminder_id)
                .execute(&mut *tx)
                .await?;
            s.removed += 1;
        }
        tx.commit().await?;
        Ok(s)
    }

    pub async fn ledger(&self, treatment_id: i64) -> Result<Vec<LedgerEntry>> {
        let rows = sqlx::query("SELECT * FROM reminder_ledger WHERE treatment_id = ?")
            .bind(treatment_id)
            .fetch_all(self.pool())
            .await?;
        let mut out = rows.iter().map(entry_from_row).collect::<Result<Vec<_>>>()?;
        out.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.reminder_id.cmp(&b.reminder_id)));
        Ok(out)
    }

    /// Records what became of a reminder. `until` is required for (and only for) snoozed.
    pub async fn set_reminder_state(
        &self,
        reminder_id: &str,
        state: LedgerState,
        at: Timestamp,
        until: Option<Timestamp>,
    ) -> Result<LedgerEntry> {
        self.change_state(reminder_id, state, at, until, None).await
    }

    /// Skips a reminder that has not rung yet; one that has is snoozed or marked done instead.
    pub async fn skip_reminder(&self, reminder_id: &str, at: Timestamp) -> Result<LedgerEntry> {
        self.change_state(reminder_id, LedgerState::Skipped, at, None, Some(LedgerState::Planned))
            .await
    }

    async fn change_state(
        &self,
        reminder_id: &str,
        state: LedgerState,
        at: Timestamp,
        until: Option<Timestamp>,
        only_from: Option<LedgerState>,
    ) -> Result<LedgerEntry> {
        if state == LedgerState::NotShown {
            return Err(aftercare_core::Error::Invalid {
                field: "state",
                reason: "is set by the reminder runtime when a notification fails".into(),
            }
            .into());
        }
        if (state == LedgerState::Snoozed) != until.is_some() {
            return Err(aftercare_core::Error::Invalid {
                field: "snoozed_until",
                reason: "is set for snoozed reminders, and only for them".into(),
            }
            .into());
        }
        let column = match state {
            LedgerState::Delivered => Some("delivered_at"),
            LedgerState::Dismissed => Some("dismissed_at"),
            LedgerState::Missed => Some("missed_at"),
            LedgerState::Skipped => Some("skipped_at"),
            LedgerState::Planned | LedgerState::Snoozed | LedgerState::NotShown => None,
        };
        let mut tx = self.write().await?;
        if let Some(from) = only_from {
            let now = sqlx::query_scalar::<_, String>("SELECT state FROM reminder_ledger WHERE reminder_id = ?")
                .bind(reminder_id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| Error::NoReminder(reminder_id.to_string()))?;
            if now != from.as_str() {
                return Err(aftercare_core::Error::Invalid {
                    field: "state",
                    reason: aftercare_i18n::say("invalid-already-rung", &[]),
                }
                .into());
            }
        }
        let stamp = column.map_or(String::new(), |c| format!(", {c} = ?"));
        let sql = format!(
            "UPDATE reminder_ledger SET state = ?, snoozed_until = ?, retry_at = NULL, updated_at = ?{stamp} WHERE reminder_id = ?"
        );
        let mut q = sqlx::query(&sql).bind(state.as_str()).bind(until.map(ts)).bind(ts(at));
        if column.is_some() {
            q = q.bind(ts(at));
        }
        let n = q.bind(reminder_id).execute(&mut *tx).await?.rows_affected();
        if n == 0 {
            return Err(Error::NoReminder(reminder_id.to_string()));
        }
        let entry = entry_in(&mut tx, reminder_id).await?;
        tx.commit().await?;
        Ok(entry)
    }
}
