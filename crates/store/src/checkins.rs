//! Daily check-ins: one per treatment and local date; saving a date again edits it.

use aftercare_core::checkin::{trend_of, TrendPoint};
use aftercare_core::{CheckIn, CheckInDraft, Redness};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::util::{date, parse_date, parse_ts, ts};
use crate::{Error, Result, Store};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInRecord {
    pub treatment_id: i64,
    #[serde(flatten)]
    pub checkin: CheckIn,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const COLUMNS: &str = "treatment_id, date, redness, breakouts, swelling, pain, warmth, itching, peeling, bruising, \
                       bleeding, pus, red_streaks, blisters, fever, breathing_trouble, dark_patches, notes, created_at, updated_at";

pub(crate) fn checkin_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<CheckInRecord> {
    let draft = CheckInDraft {
        redness: r.try_get("redness")?,
        breakouts: r.try_get("breakouts")?,
        swelling: r.try_get("swelling")?,
        pain: r.try_get("pain")?,
        warmth: r.try_get("warmth")?,
        itching: r.try_get("itching")?,
        peeling: r.try_get("peeling")?,
        bruising: r.try_get("bruising")?,
        bleeding: r.try_get("bleeding")?,
        pus: r.try_get("pus")?,
        red_streaks: r.try_get("red_streaks")?,
        blisters: r.try_get("blisters")?,
        fever: r.try_get("fever")?,
        breathing_trouble: r.try_get("breathing_trouble")?,
        dark_patches: r.try_get("dark_patches")?,
        notes: r.try_get("notes")?,
    };
    let d = parse_date(&r.try_get::<String, _>("date")?)?;
    let checkin = CheckIn::new(d, &draft).map_err(|e| Error::Corrupt(format!("check-in of {d}: {e}")))?;
    Ok(CheckInRecord {
        treatment_id: r.try_get("treatment_id")?,
        checkin,
        created_at: parse_ts(&r.try_get::<String, _>("created_at")?)?,
        updated_at: parse_ts(&r.try_get::<String, _>("updated_at")?)?,
    })
}

/// Inserts or, for an existing date, updates; `created_at` of an existing row is kept.
pub(crate) async fn upsert(tx: &mut sqlx::SqliteConnection, rec: &CheckInRecord) -> Result<()> {
    let c = &rec.checkin;
    sqlx::query(&format!(
        "INSERT INTO checkins ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (treatment_id, date) DO UPDATE SET
             redness = excluded.redness, breakouts = excluded.breakouts, swelling = excluded.swelling,
             pain = excluded.pain, warmth = excluded.warmth, itching = excluded.itching,
             peeling = excluded.peeling, bruising = excluded.bruising, bleeding = excluded.bleeding,
             pus = excluded.pus, red_streaks = excluded.red_streaks, blisters = excluded.blisters,
             fever = excluded.fever, breathing_trouble = excluded.breathing_trouble,
             dark_patches = excluded.dark_patches, notes = excluded.notes, updated_at = excluded.updated_at"
    ))
    .bind(rec.treatment_id)
    .bind(date(c.date))
    .bind(i64::from(c.redness.score()))
    .bind(i64::from(c.breakouts))
    .bind(i64::from(c.swelling))
    .bind(i64::from(c.pain))
    .bind(c.warmth)
    .bind(c.itching)
    .bind(c.peeling)
    .bind(c.bruising)
    .bind(c.bleeding)
    .bind(c.pus)
    .bind(c.red_streaks)
    .bind(c.blisters)
    .bind(c.fever)
    .bind(c.breathing_trouble)
    .bind(c.dark_patches)
    .bind(&c.notes)
    .bind(ts(rec.created_at))
    .bind(ts(rec.updated_at))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

impl Store {
    /// Saves the check-in of one local date (a validated [`CheckIn`]), editing an
    /// existing one for that date. Returns the stored record.
    pub async fn save_checkin(&self, treatment_id: i64, checkin: &CheckIn) -> Result<CheckInRecord> {
        let t = self.treatment(treatment_id).await?;
        if checkin.date < t.treatment.day_one() {
            return Err(aftercare_core::Error::Invalid {
                field: "date",
                reason: format!(
                    "{} is before your treatment (day 1 is {}).",
                    checkin.date,
                    t.treatment.day_one()
                ),
            }
            .into());
        }
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let rec = CheckInRecord {
            treatment_id,
            checkin: checkin.clone(),
            created_at: now,
            updated_at: now,
        };
        upsert(&mut tx, &rec).await?;
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM checkins WHERE treatment_id = ? AND date = ?"
        ))
        .bind(treatment_id)
        .bind(date(checkin.date))
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        checkin_from_row(&row)
    }

    pub async fn checkins(&self, treatment_id: i64) -> Result<Vec<CheckInRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM checkins WHERE treatment_id = ? ORDER BY date"
        ))
        .bind(treatment_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(checkin_from_row).collect()
    }

    pub async fn checkin(&self, treatment_id: i64, day: jiff::civil::Date) -> Result<Option<CheckInRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM checkins WHERE treatment_id = ? AND date = ?"
        ))
        .bind(treatment_id)
        .bind(date(day))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(checkin_from_row).transpose()
    }

    /// The redness trend of a treatment against the expected course.
    pub async fn trend(&self, treatment_id: i64) -> Result<Vec<TrendPoint>> {
        let t = self.treatment(treatment_id).await?;
        // Only the columns the trend needs: this runs over years of history.
        let rows: Vec<(String, i64, i64)> =
            sqlx::query_as("SELECT date, redness, breakouts FROM checkins WHERE treatment_id = ? ORDER BY date")
                .bind(treatment_id)
                .fetch_all(self.pool())
                .await?;
        let points = rows
            .into_iter()
            .map(|(d, redness, breakouts)| {
                Ok((
                    parse_date(&d)?,
                    Redness::try_from(redness).map_err(|_| Error::Corrupt("redness".into()))?,
                    u32::try_from(breakouts).map_err(|_| Error::Corrupt("breakouts".into()))?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(trend_of(&t.treatment, points))
    }
}
