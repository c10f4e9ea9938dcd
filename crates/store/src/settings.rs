//! The settings row and the client's marked events.

use aftercare_core::series::{EventKind, MarkedEvent};
use aftercare_core::{QuietHours, Settings};
use jiff::Timestamp;
use sqlx::Row;

use crate::util::{date, hhmm, parse_date, parse_hhmm, ts, zone};
use crate::{Error, Result, Store};

pub(crate) fn event_kind(k: EventKind) -> &'static str {
    match k {
        EventKind::Makeup => "makeup",
        EventKind::Beach => "beach",
        EventKind::Other => "other",
    }
}

pub(crate) fn parse_event_kind(s: &str) -> Result<EventKind> {
    match s {
        "makeup" => Ok(EventKind::Makeup),
        "beach" => Ok(EventKind::Beach),
        "other" => Ok(EventKind::Other),
        other => Err(Error::Corrupt(format!("event kind {other:?}"))),
    }
}

pub(crate) fn validate_event(e: &MarkedEvent) -> Result<()> {
    let n = e.label.trim().chars().count();
    if n == 0 || n > 100 || e.label.chars().any(char::is_control) {
        return Err(aftercare_core::Error::Invalid {
            field: "label",
            reason: aftercare_i18n::say("invalid-event-name", &[]),
        }
        .into());
    }
    Ok(())
}

pub(crate) async fn write_settings(tx: &mut sqlx::SqliteConnection, s: &Settings, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO settings (id, zone, checkin_at, quiet_start, quiet_end, clinic_name, clinic_phone, updated_at,
                               grace_minutes, series_length, keep_in_tray, start_at_login, screening,
                               emergency_number, language)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, checkin_at = excluded.checkin_at,
             quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
             clinic_name = excluded.clinic_name, clinic_phone = excluded.clinic_phone,
             updated_at = excluded.updated_at, grace_minutes = excluded.grace_minutes,
             series_length = excluded.series_length, keep_in_tray = excluded.keep_in_tray,
             start_at_login = excluded.start_at_login, screening = excluded.screening,
             emergency_number = excluded.emergency_number, language = excluded.language",
    )
    .bind(s.zone.name())
    .bind(s.checkin_at.map(hhmm))
    .bind(s.quiet_hours.map(|q| hhmm(q.start)))
    .bind(s.quiet_hours.map(|q| hhmm(q.end)))
    .bind(&s.clinic_name)
    .bind(&s.clinic_phone)
    .bind(ts(now))
    .bind(i64::from(s.grace_minutes))
    .bind(i64::from(s.series_length))
    .bind(s.keep_in_tray)
    .bind(s.start_at_login)
    .bind(
        s.screening
            .map(|a| serde_json::to_string(&a))
            .transpose()
            .map_err(|e| Error::Corrupt(format!("screening: {e}")))?,
    )
    .bind(s.emergency_number.as_deref())
    .bind(s.language.map(|l| l.tag()))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

pub(crate) async fn settings_on(conn: &mut sqlx::SqliteConnection) -> Result<Option<Settings>> {
    let row = sqlx::query("SELECT * FROM settings WHERE id = 1")
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(settings_from_row).transpose()
}

pub(crate) fn settings_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<Settings> {
    let quiet_start: Option<String> = r.try_get("quiet_start")?;
    let quiet_end: Option<String> = r.try_get("quiet_end")?;
    let quiet_hours = match (quiet_start, quiet_end) {
        (Some(a), Some(b)) => {
            Some(QuietHours::new(parse_hhmm(&a)?, parse_hhmm(&b)?).map_err(|_| Error::Corrupt("quiet hours".into()))?)
        }
        _ => None,
    };
    let checkin_at: Option<String> = r.try_get("checkin_at")?;
    let grace: i64 = r.try_get("grace_minutes")?;
    let series: i64 = r.try_get("series_length")?;
    Ok(Settings {
        zone: zone(&r.try_get::<String, _>("zone")?)?,
        checkin_at: checkin_at.as_deref().map(parse_hhmm).transpose()?,
        quiet_hours,
        clinic_name: r.try_get("clinic_name")?,
        clinic_phone: r.try_get("clinic_phone")?,
        emergency_number: r.try_get("emergency_number")?,
        language: r
            .try_get::<Option<String>, _>("language")?
            .map(|t| aftercare_i18n::Language::of_tag(&t).ok_or_else(|| Error::Corrupt("language".into())))
            .transpose()?,
        grace_minutes: u32::try_from(grace).map_err(|_| Error::Corrupt("grace_minutes".into()))?,
        series_length: u8::try_from(series).map_err(|_| Error::Corrupt("series_length".into()))?,
        keep_in_tray: r.try_get("keep_in_tray")?,
        start_at_login: r.try_get("start_at_login")?,
        screening: r
            .try_get::<Option<String>, _>("screening")?
            .map(|j| serde_json::from_str(&j).map_err(|_| Error::Corrupt("screening answers".into())))
            .transpose()?,
    })
}

impl Store {
    pub async fn settings(&self) -> Result<Option<Settings>> {
        settings_on(&mut *self.pool().acquire().await?).await
    }

    /// Saves the settings after validating them; nothing is written if they are invalid.
    pub async fn save_settings(&self, s: &Settings) -> Result<()> {
        s.validate()?;
        let mut tx = self.write().await?;
        write_settings(&mut tx, s, Timestamp::now()).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn events(&self) -> Result<Vec<(i64, MarkedEvent)>> {
        let rows = sqlx::query("SELECT id, date, kind, label FROM marked_events ORDER BY date, id")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                let ev = MarkedEvent {
                    date: parse_date(&r.try_get::<String, _>("date")?)?,
                    kind: parse_event_kind(&r.try_get::<String, _>("kind")?)?,
                    label: r.try_get("label")?,
                };
                Ok((r.try_get("id")?, ev))
            })
            .collect()
    }

    pub async fn add_event(&self, e: &MarkedEvent) -> Result<i64> {
        validate_event(e)?;
        let mut tx = self.write().await?;
        let id = sqlx::query("INSERT INTO marked_events (date, kind, label) VALUES (?, ?, ?)")
            .bind(date(e.date))
            .bind(event_kind(e.kind))
            .bind(e.label.trim())
            .execute(&mut *tx)
            .await?
            .last_insert_rowid();
        tx.commit().await?;
        Ok(id)
    }

    pub async fn remove_event(&self, id: i64) -> Result<bool> {
        let mut tx = self.write().await?;
        let n = sqlx::query("DELETE FROM marked_events WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(n > 0)
    }
}
