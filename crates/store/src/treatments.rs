//! Treatments.

use aftercare_core::{Treatment, Zone};
use aftercare_i18n::say;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::util::{parse_ts, ts, zone};
use crate::{Error, Result, Store};

/// A treatment to record, as the client entered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTreatment {
    pub ended_at: Timestamp,
    pub zone: Zone,
    pub area: String,
    pub clinic: String,
    pub notes: String,
    /// Which session of the series this was (1 = first).
    pub series_number: Option<u8>,
    /// From when the app looks after its reminders: the moment of set-up less the grace
    /// period then in force ([`reminders_from`]); `None` keeps every reminder, however old.
    pub reminders_from: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreatmentRecord {
    pub id: i64,
    #[serde(flatten)]
    pub treatment: Treatment,
    pub area: String,
    pub clinic: String,
    pub notes: String,
    pub series_number: Option<u8>,
    /// The clinic protocol in force for it (`None`: the built-in one).
    pub protocol_id: Option<i64>,
    pub created_at: Timestamp,
    /// See [`NewTreatment::reminders_from`]; not part of a backup (a restore sets it).
    #[serde(skip)]
    pub reminders_from: Option<Timestamp>,
}

fn text(field: &'static str, s: &str, max: usize, one_line: bool) -> Result<()> {
    let n = s.chars().count();
    let bad_char = s
        .chars()
        .any(|c| c.is_control() && (one_line || !matches!(c, '\n' | '\r' | '\t')));
    if n > max || bad_char {
        let what = say(
            match field {
                "area" => "field-area",
                "clinic" => "field-clinic",
                "notes" => "field-notes",
                _ => "field-this",
            },
            &[],
        );
        let reason = if bad_char {
            say("invalid-text-control", &[("what", what.into())])
        } else {
            say(
                "invalid-text-long",
                &[("what", what.into()), ("max", max.into()), ("count", n.into())],
            )
        };
        return Err(aftercare_core::Error::Invalid { field, reason }.into());
    }
    Ok(())
}

/// The first due time worth a reminder for a treatment entered at `now`: what fell due
/// within the grace period is still shown; anything older the client could not have had.
pub fn reminders_from(now: Timestamp, grace_minutes: u32) -> Timestamp {
    now - SignedDuration::from_mins(i64::from(grace_minutes))
}

impl NewTreatment {
    /// A treatment with only its end and zone; the other fields are optional.
    pub fn new(ended_at: Timestamp, zone: Zone) -> Self {
        Self {
            ended_at,
            zone,
            area: String::new(),
            clinic: String::new(),
            notes: String::new(),
            series_number: None,
            reminders_from: None,
        }
    }

    /// Checks every field; `now` bounds the end time (a treatment can't end in the future).
    pub fn validate(&self, now: Timestamp) -> Result<()> {
        // A few minutes of slack for a phone clock that runs slightly behind the clinic's.
        if self.ended_at > now + SignedDuration::from_mins(10) {
            return Err(aftercare_core::Error::Invalid {
                field: "ended_at",
                reason: say("invalid-ended-future", &[]),
            }
            .into());
        }
        if self.ended_at < now - SignedDuration::from_hours(24 * 366 * 20) {
            return Err(aftercare_core::Error::Invalid {
                field: "ended_at",
                reason: say("invalid-ended-long-ago", &[]),
            }
            .into());
        }
        text("area", &self.area, 100, true)?;
        text("clinic", &self.clinic, 100, true)?;
        text("notes", &self.notes, 2000, false)?;
        if let Some(n) = self.series_number {
            if !(1..=aftercare_core::series::MAX_SERIES_LENGTH).contains(&n) {
                return Err(aftercare_core::Error::Invalid {
                    field: "series_number",
                    reason: say("invalid-session-number", &[("value", u32::from(n).into())]),
                }
                .into());
            }
        }
        Ok(())
    }
}

pub(crate) fn treatment_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<TreatmentRecord> {
    let series: Option<i64> = r.try_get("series_number")?;
    Ok(TreatmentRecord {
        id: r.try_get("id")?,
        treatment: Treatment::new(
            parse_ts(&r.try_get::<String, _>("ended_at")?)?,
            zone(&r.try_get::<String, _>("zone")?)?,
        ),
        area: r.try_get("area")?,
        clinic: r.try_get("clinic")?,
        notes: r.try_get("notes")?,
        series_number: series
            .map(|n| u8::try_from(n).map_err(|_| Error::Corrupt("series_number".into())))
            .transpose()?,
        protocol_id: r.try_get("protocol_id")?,
        created_at: parse_ts(&r.try_get::<String, _>("created_at")?)?,
        reminders_from: r
            .try_get::<Option<String>, _>("reminders_from")?
            .as_deref()
            .map(parse_ts)
            .transpose()?,
    })
}

pub(crate) async fn insert_treatment(tx: &mut sqlx::SqliteConnection, t: &TreatmentRecord) -> Result<i64> {
    let id = sqlx::query(
        "INSERT INTO treatments (id, ended_at, zone, area, clinic, notes, series_number, protocol_id, created_at,
                                 reminders_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(if t.id > 0 { Some(t.id) } else { None })
    .bind(ts(t.treatment.ended_at))
    .bind(t.treatment.zone.name())
    .bind(&t.area)
    .bind(&t.clinic)
    .bind(&t.notes)
    .bind(t.series_number.map(i64::from))
    .bind(t.protocol_id)
    .bind(ts(t.created_at))
    .bind(t.reminders_from.map(ts))
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    Ok(id)
}

impl Store {
    /// Records a treatment under the clinic protocol now active (if any).
    pub async fn add_treatment(&self, new: &NewTreatment) -> Result<TreatmentRecord> {
        let now = Timestamp::now();
        new.validate(now)?;
        let mut tx = self.write().await?;
        // Reminders are named by the moment the treatment ended: a second treatment ending at
        // the same moment is the same one entered twice.
        let ends: Vec<String> = sqlx::query_scalar("SELECT ended_at FROM treatments")
            .fetch_all(&mut *tx)
            .await?;
        for e in ends {
            if parse_ts(&e)? == new.ended_at {
                return Err(aftercare_core::Error::Invalid {
                    field: "ended_at",
                    reason: say("invalid-treatment-twice", &[]),
                }
                .into());
            }
        }
        let protocol_id: Option<i64> = sqlx::query_scalar("SELECT id FROM protocols WHERE active = 1")
            .fetch_optional(&mut *tx)
            .await?;
        let mut rec = TreatmentRecord {
            id: 0,
            treatment: Treatment::new(new.ended_at, new.zone.clone()),
            area: new.area.trim().to_string(),
            clinic: new.clinic.trim().to_string(),
            notes: new.notes.clone(),
            series_number: new.series_number,
            protocol_id,
            created_at: now,
            reminders_from: new.reminders_from,
        };
        rec.id = insert_treatment(&mut tx, &rec).await?;
        tx.commit().await?;
        Ok(rec)
    }

    pub async fn treatments(&self) -> Result<Vec<TreatmentRecord>> {
        all_on(&mut *self.pool().acquire().await?).await
    }

    pub async fn treatment(&self, id: i64) -> Result<TreatmentRecord> {
        treatment_on(&mut *self.pool().acquire().await?, id).await
    }

    /// The most recent treatment: the one the aftercare is about.
    pub async fn latest_treatment(&self) -> Result<Option<TreatmentRecord>> {
        latest_on(&mut *self.pool().acquire().await?).await
    }
}

pub(crate) async fn treatment_on(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<TreatmentRecord> {
    let row = sqlx::query("SELECT * FROM treatments WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref()
        .map(treatment_from_row)
        .transpose()?
        .ok_or(Error::NoTreatment(id))
}

/// Every treatment, oldest first.
pub(crate) async fn all_on(conn: &mut sqlx::SqliteConnection) -> Result<Vec<TreatmentRecord>> {
    let rows = sqlx::query("SELECT * FROM treatments ORDER BY ended_ms, ended_at, id")
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(treatment_from_row).collect()
}

pub(crate) async fn latest_on(conn: &mut sqlx::SqliteConnection) -> Result<Option<TreatmentRecord>> {
    let row = sqlx::query("SELECT * FROM treatments ORDER BY ended_ms DESC, id DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(treatment_from_row).transpose()
}
