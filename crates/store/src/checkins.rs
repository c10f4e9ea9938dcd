//! Daily check-ins: one per treatment and local date; saving a date again edits it.

use aftercare_core::checkin::check_date;
use std::sync::LazyLock;

use aftercare_core::{CheckIn, CheckInDraft, Symptom, Symptoms};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::photos::{insert_photo, NewPhoto};
use crate::util::{date, parse_date, parse_ts, ts};
use crate::{Case, Error, Result, Store};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInRecord {
    pub treatment_id: i64,
    #[serde(flatten)]
    pub checkin: CheckIn,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The check-ins table's columns in one order: the yes/no signs are named after
/// [`Symptom::field`], so a new sign adds its column here by itself.
static COLUMNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all = vec!["treatment_id", "date", "redness", "breakouts", "swelling", "pain"];
    all.extend(Symptom::ALL.map(Symptom::field));
    all.extend(["notes", "created_at", "updated_at"]);
    all
});

static SELECT: LazyLock<String> = LazyLock::new(|| COLUMNS.join(", "));

/// Inserts a row, or for an existing date replaces every value but `created_at`.
static UPSERT: LazyLock<String> = LazyLock::new(|| {
    let updated: Vec<String> = COLUMNS
        .iter()
        .filter(|c| !matches!(**c, "treatment_id" | "date" | "created_at"))
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO checkins ({}) VALUES ({}) ON CONFLICT (treatment_id, date) DO UPDATE SET {}",
        COLUMNS.join(", "),
        vec!["?"; COLUMNS.len()].join(", "),
        updated.join(", ")
    )
});

pub(crate) fn checkin_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<CheckInRecord> {
    let mut symptoms = Symptoms::default();
    for sign in Symptom::ALL {
        symptoms.set(sign, r.try_get(sign.field())?);
    }
    let draft = CheckInDraft {
        redness: r.try_get("redness")?,
        breakouts: r.try_get("breakouts")?,
        swelling: r.try_get("swelling")?,
        pain: r.try_get("pain")?,
        symptoms,
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

/// Every check-in of a treatment, oldest first.
pub(crate) async fn checkins_of(conn: &mut sqlx::SqliteConnection, treatment_id: i64) -> Result<Vec<CheckInRecord>> {
    let rows = sqlx::query(&format!(
        "SELECT {} FROM checkins WHERE treatment_id = ? ORDER BY date",
        *SELECT
    ))
    .bind(treatment_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(checkin_from_row).collect()
}

/// Inserts or, for an existing date, updates; `created_at` of an existing row is kept.
pub(crate) async fn upsert(tx: &mut sqlx::SqliteConnection, rec: &CheckInRecord) -> Result<()> {
    let c = &rec.checkin;
    let mut row = sqlx::query(&UPSERT)
        .bind(rec.treatment_id)
        .bind(date(c.date))
        .bind(i64::from(c.redness.score()))
        .bind(i64::from(c.breakouts))
        .bind(i64::from(c.swelling))
        .bind(i64::from(c.pain));
    for sign in Symptom::ALL {
        row = row.bind(c.has(sign));
    }
    row.bind(&c.notes)
        .bind(ts(rec.created_at))
        .bind(ts(rec.updated_at))
        .execute(&mut *tx)
        .await?;
    Ok(())
}

impl Store {
    /// Saves the check-in of one local date of a case, editing an existing one for that
    /// date. The date is checked by core's rule on the case's calendar at `now` (the rule
    /// and calendar every caller used to build it). Returns the stored record.
    pub async fn save_checkin(&self, case: &Case, checkin: &CheckIn, now: Timestamp) -> Result<CheckInRecord> {
        self.save_checkin_with_photos(case, checkin, &[], now).await
    }

    /// Saves a check-in and adds photos to its day in one transaction: after a crash the
    /// day has both or neither.
    pub async fn save_checkin_with_photos(
        &self,
        case: &Case,
        checkin: &CheckIn,
        photos: &[NewPhoto],
        now: Timestamp,
    ) -> Result<CheckInRecord> {
        check_date(&case.treatment, case.today(now), checkin.date)?;
        for p in photos {
            p.check()?;
        }
        let treatment_id = case.id();
        let mut tx = self.write().await?;
        let rec = CheckInRecord {
            treatment_id,
            checkin: checkin.clone(),
            created_at: now,
            updated_at: now,
        };
        upsert(&mut tx, &rec).await?;
        if !photos.is_empty() {
            let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM photos WHERE treatment_id = ? AND date = ?")
                .bind(treatment_id)
                .bind(date(checkin.date))
                .fetch_one(&mut *tx)
                .await?;
            if usize::try_from(n).unwrap_or(usize::MAX) + photos.len() > aftercare_core::photo::MAX_PER_DAY {
                return Err(aftercare_core::Error::Invalid {
                    field: "photo",
                    reason: aftercare_i18n::say(
                        "invalid-photos-per-day",
                        &[("max", aftercare_core::photo::MAX_PER_DAY.into())],
                    ),
                }
                .into());
            }
            for p in photos {
                insert_photo(&mut tx, treatment_id, checkin.date, now, p).await?;
            }
        }
        let row = sqlx::query(&format!(
            "SELECT {} FROM checkins WHERE treatment_id = ? AND date = ?",
            *SELECT
        ))
        .bind(treatment_id)
        .bind(date(checkin.date))
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        checkin_from_row(&row)
    }

    pub async fn checkins(&self, treatment_id: i64) -> Result<Vec<CheckInRecord>> {
        checkins_of(&mut *self.pool().acquire().await?, treatment_id).await
    }

    pub async fn checkin(&self, treatment_id: i64, day: jiff::civil::Date) -> Result<Option<CheckInRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {} FROM checkins WHERE treatment_id = ? AND date = ?",
            *SELECT
        ))
        .bind(treatment_id)
        .bind(date(day))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(checkin_from_row).transpose()
    }
}
