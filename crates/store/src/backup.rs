//! Backup and restore: everything in one versioned JSON document.
//!
//! Restore reads and checks the whole document first (every field, every cross
//! reference) and only then replaces the database in one transaction; a document with
//! any fault changes nothing and is refused with its line, column and field.

use aftercare_core::screening::ScreeningAnswers;
use aftercare_i18n::dates::day_in_year;
use aftercare_i18n::{say, Language};
use std::collections::HashSet;

use aftercare_core::series::{EventKind, MarkedEvent};
use aftercare_core::{CheckIn, CheckInDraft, QuietHours, Settings, Zone};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::checkins::{checkin_from_row, upsert, CheckInRecord};
use crate::ledger::{entry_from_row, insert_entry, LedgerEntry};
use crate::photos::{insert_photo, NewPhoto};
use crate::protocols::{insert_protocol, protocol_from_row, StoredProtocol};
use crate::settings::{event_kind, settings_from_row, validate_event, write_settings};
use crate::treatments::{insert_treatment, treatment_from_row, TreatmentRecord};
use crate::util::{date, hhmm, parse_date, parse_hhmm};
use crate::{BackupError, Error, Result, Store};

pub const BACKUP_FORMAT: &str = "aftercare-companion-backup";
pub const BACKUP_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub settings: Option<SettingsDoc>,
    pub events: Vec<EventDoc>,
    pub protocols: Vec<StoredProtocol>,
    pub treatments: Vec<TreatmentDoc>,
    pub ledger: Vec<LedgerEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsDoc {
    pub zone: Zone,
    pub checkin_at: Option<String>,
    pub quiet_start: Option<String>,
    pub quiet_end: Option<String>,
    pub clinic_name: String,
    pub clinic_phone: String,
    pub grace_minutes: u32,
    pub series_length: u8,
    pub keep_in_tray: bool,
    pub start_at_login: bool,
    /// Added in schema v4; older backups have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screening: Option<ScreeningAnswers>,
    /// Added in schema v6; older backups have none (the zone's default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    /// Added in schema v10; older backups have none (the device's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDoc {
    pub id: i64,
    pub date: Date,
    pub kind: EventKind,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatmentDoc {
    pub id: i64,
    pub ended_at: Timestamp,
    pub zone: Zone,
    pub area: String,
    pub clinic: String,
    pub notes: String,
    pub series_number: Option<u8>,
    pub protocol_id: Option<i64>,
    pub created_at: Timestamp,
    pub checkins: Vec<CheckInDoc>,
}

/// A check-in in a backup; reading it validates every value like a fresh entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawCheckInDoc", into = "RawCheckInDoc")]
pub struct CheckInDoc {
    pub checkin: CheckIn,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The day's photos, oldest first.
    pub photos: Vec<PhotoDoc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheckInDoc {
    date: Date,
    values: CheckInDraft,
    created_at: Timestamp,
    updated_at: Timestamp,
    /// Added in schema v9; older backups have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    photos: Vec<PhotoDoc>,
}

/// A photo in a backup: its two JPEGs as base64, so the backup stays one text file that
/// restores everything or nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoDoc {
    pub added_at: Timestamp,
    pub width: u32,
    pub height: u32,
    #[serde(with = "base64_bytes")]
    pub jpeg: Vec<u8>,
    #[serde(with = "base64_bytes")]
    pub thumbnail: Vec<u8>,
}

mod base64_bytes {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(|_| serde::de::Error::custom(aftercare_i18n::say("data-not-base64", &[])))
    }
}

impl PhotoDoc {
    fn new_photo(&self) -> NewPhoto {
        NewPhoto {
            jpeg: self.jpeg.clone(),
            thumbnail: self.thumbnail.clone(),
            width: self.width,
            height: self.height,
        }
    }
}

impl TryFrom<RawCheckInDoc> for CheckInDoc {
    type Error = aftercare_core::Error;
    fn try_from(r: RawCheckInDoc) -> Result<Self, Self::Error> {
        Ok(CheckInDoc {
            checkin: CheckIn::new(r.date, &r.values)?,
            created_at: r.created_at,
            updated_at: r.updated_at,
            photos: r.photos,
        })
    }
}

impl From<CheckInDoc> for RawCheckInDoc {
    fn from(d: CheckInDoc) -> Self {
        RawCheckInDoc {
            date: d.checkin.date,
            values: d.checkin.draft(),
            created_at: d.created_at,
            updated_at: d.updated_at,
            photos: d.photos,
        }
    }
}

/// The longest reason a restored "not shown" reminder may give (the desktop's words).
const MAX_REASON_CHARS: usize = 500;

fn refuse(field: impl Into<String>, message: impl Into<String>) -> BackupError {
    BackupError {
        line: None,
        column: None,
        field: Some(field.into()),
        message: message.into(),
    }
}

impl SettingsDoc {
    fn to_settings(&self) -> Result<Settings, BackupError> {
        let time = |f: &str, v: &Option<String>| {
            v.as_deref()
                .map(parse_hhmm)
                .transpose()
                .map_err(|_| refuse(format!("settings.{f}"), say("backup-time-format", &[])))
        };
        let quiet_hours = match (
            time("quiet_start", &self.quiet_start)?,
            time("quiet_end", &self.quiet_end)?,
        ) {
            (Some(a), Some(b)) => Some(QuietHours::new(a, b).map_err(|e| refuse("settings.quiet_end", e.to_string()))?),
            (None, None) => None,
            _ => return Err(refuse("settings.quiet_end", say("backup-quiet-hours-half", &[]))),
        };
        let s = Settings {
            zone: self.zone.clone(),
            checkin_at: time("checkin_at", &self.checkin_at)?,
            quiet_hours,
            clinic_name: self.clinic_name.clone(),
            clinic_phone: self.clinic_phone.clone(),
            grace_minutes: self.grace_minutes,
            series_length: self.series_length,
            keep_in_tray: self.keep_in_tray,
            start_at_login: self.start_at_login,
            screening: self.screening,
            emergency_number: self.emergency_number.clone(),
            language: match &self.language {
                None => None,
                Some(tag) => Some(aftercare_i18n::Language::of_tag(tag).ok_or_else(|| {
                    refuse(
                        "settings.language",
                        say("backup-language-unknown", &[("tag", tag.clone().into())]),
                    )
                })?),
            },
        };
        s.validate().map_err(|e| match e {
            aftercare_core::Error::Invalid { field, reason } => refuse(format!("settings.{field}"), reason),
            other => refuse("settings", other.to_string()),
        })?;
        Ok(s)
    }
}

impl Backup {
    /// Reads and fully checks a backup document.
    pub fn parse(text: &str) -> Result<Backup, BackupError> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let b: Backup = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let language = aftercare_i18n::Language::current();
            let said = strip_position(&inner.to_string());
            let message = match inner.classify() {
                serde_json::error::Category::Data => {
                    aftercare_i18n::serde_refusal(language, &said, None).unwrap_or(said)
                }
                _ => language.text("data-not-json", &[]),
            };
            BackupError {
                line: Some(inner.line()).filter(|l| *l > 0),
                column: Some(inner.column()).filter(|c| *c > 0),
                field: Some(path).filter(|p| p != "."),
                message,
            }
        })?;
        b.check()?;
        Ok(b)
    }

    fn check(&self) -> Result<(), BackupError> {
        if self.format != BACKUP_FORMAT {
            return Err(refuse(
                "format",
                say(
                    "backup-not-a-backup",
                    &[("format", format!("{:?}", self.format).into())],
                ),
            ));
        }
        if self.version != BACKUP_VERSION {
            return Err(refuse(
                "version",
                say(
                    "backup-version",
                    &[("version", self.version.into()), ("supported", BACKUP_VERSION.into())],
                ),
            ));
        }
        if let Some(s) = &self.settings {
            s.to_settings()?;
        }
        let mut ids = HashSet::new();
        for (i, e) in self.events.iter().enumerate() {
            if !ids.insert(e.id) {
                return Err(refuse(
                    format!("events[{i}].id"),
                    say("backup-id-twice", &[("id", e.id.into())]),
                ));
            }
            let ev = MarkedEvent {
                date: e.date,
                kind: e.kind,
                label: e.label.clone(),
            };
            validate_event(&ev).map_err(|err| refuse(format!("events[{i}].label"), err.to_string()))?;
        }
        let mut protocol_ids = HashSet::new();
        let mut active = 0;
        for (i, p) in self.protocols.iter().enumerate() {
            if !protocol_ids.insert(p.id) || p.id <= 0 {
                return Err(refuse(
                    format!("protocols[{i}].id"),
                    say("backup-id-bad", &[("id", p.id.into())]),
                ));
            }
            let parsed = p
                .protocol()
                .map_err(|e| refuse(format!("protocols[{i}].source"), e.to_string()))?;
            if parsed.id != p.protocol_id || parsed.version != p.version {
                return Err(refuse(format!("protocols[{i}]"), say("backup-protocol-mismatch", &[])));
            }
            active += usize::from(p.active);
        }
        if active > 1 {
            return Err(refuse("protocols", say("backup-protocols-active", &[])));
        }
        let mut treatment_ids = HashSet::new();
        for (i, t) in self.treatments.iter().enumerate() {
            if !treatment_ids.insert(t.id) || t.id <= 0 {
                return Err(refuse(
                    format!("treatments[{i}].id"),
                    say("backup-id-bad", &[("id", t.id.into())]),
                ));
            }
            if let Some(p) = t.protocol_id.filter(|p| !protocol_ids.contains(p)) {
                return Err(refuse(
                    format!("treatments[{i}].protocol_id"),
                    say("backup-no-protocol", &[("id", p.into())]),
                ));
            }
            let new = crate::NewTreatment {
                ended_at: t.ended_at,
                zone: t.zone.clone(),
                area: t.area.clone(),
                clinic: t.clinic.clone(),
                notes: t.notes.clone(),
                series_number: t.series_number,
                reminders_from: None,
            };
            // A backup may be restored long after it was made: only the far bound applies.
            new.validate(t.created_at.max(t.ended_at)).map_err(|e| match e {
                Error::Domain(aftercare_core::Error::Invalid { field, reason }) => {
                    refuse(format!("treatments[{i}].{field}"), reason)
                }
                other => refuse(format!("treatments[{i}]"), other.to_string()),
            })?;
            let mut dates = HashSet::new();
            for (j, c) in t.checkins.iter().enumerate() {
                if !dates.insert(c.checkin.date) {
                    return Err(refuse(
                        format!("treatments[{i}].checkins[{j}].date"),
                        say(
                            "backup-day-twice",
                            &[("day", day_in_year(Language::current(), c.checkin.date).into())],
                        ),
                    ));
                }
                // Day 1 is on the client's calendar at the time of the check-in, which may
                // have been another zone than either stored one: refuse only dates before
                // the treatment's date anywhere on Earth (UTC-12 is the westernmost zone).
                if c.checkin.date < earliest_local_date(t.ended_at) {
                    return Err(refuse(
                        format!("treatments[{i}].checkins[{j}].date"),
                        say("backup-before-treatment", &[]),
                    ));
                }
                if c.photos.len() > aftercare_core::photo::MAX_PER_DAY {
                    return Err(refuse(
                        format!("treatments[{i}].checkins[{j}].photos"),
                        say(
                            "backup-photos-per-day",
                            &[("max", aftercare_core::photo::MAX_PER_DAY.into())],
                        ),
                    ));
                }
                for (k, p) in c.photos.iter().enumerate() {
                    p.new_photo()
                        .check()
                        .map_err(|e| refuse(format!("treatments[{i}].checkins[{j}].photos[{k}]"), e.to_string()))?;
                }
            }
        }
        let mut reminder_ids = HashSet::new();
        for (i, e) in self.ledger.iter().enumerate() {
            if !reminder_ids.insert(e.reminder_id.as_str()) {
                return Err(refuse(
                    format!("ledger[{i}].reminder_id"),
                    say("backup-appears-twice", &[]),
                ));
            }
            if !treatment_ids.contains(&e.treatment_id) {
                return Err(refuse(
                    format!("ledger[{i}].treatment_id"),
                    say("backup-no-treatment", &[("id", e.treatment_id.into())]),
                ));
            }
            if (e.state == crate::LedgerState::Snoozed) != e.snoozed_until.is_some() {
                return Err(refuse(
                    format!("ledger[{i}].snoozed_until"),
                    say("backup-snoozed-until", &[]),
                ));
            }
            let not_shown = e.state == crate::LedgerState::NotShown;
            if not_shown != e.retry_at.is_some()
                || (not_shown && (e.owed_since.is_none() || e.not_shown_reason.is_none()))
            {
                return Err(refuse(format!("ledger[{i}].retry_at"), say("backup-retry-at", &[])));
            }
            if e.not_shown_reason
                .as_ref()
                .is_some_and(|r| r.chars().count() > MAX_REASON_CHARS)
            {
                return Err(refuse(
                    format!("ledger[{i}].not_shown_reason"),
                    say("backup-reason-long", &[("max", MAX_REASON_CHARS.into())]),
                ));
            }
        }
        Ok(())
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data to a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

/// serde_json appends " at line L column C"; the error carries those separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The earliest local date the instant `t` falls on in any zone (UTC-12 is the westernmost).
fn earliest_local_date(t: Timestamp) -> Date {
    (t - jiff::SignedDuration::from_hours(12))
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

impl Store {
    /// Everything in the database as one document.
    pub async fn backup(&self) -> Result<Backup> {
        // One read transaction: a consistent snapshot even while the app writes.
        let mut tx = self.pool().begin().await?;
        let settings = match sqlx::query("SELECT * FROM settings WHERE id = 1")
            .fetch_optional(&mut *tx)
            .await?
        {
            Some(row) => {
                let s = settings_from_row(&row)?;
                let updated: String = sqlx::Row::try_get(&row, "updated_at")?;
                Some(SettingsDoc {
                    zone: s.zone,
                    checkin_at: s.checkin_at.map(hhmm),
                    quiet_start: s.quiet_hours.map(|q| hhmm(q.start)),
                    quiet_end: s.quiet_hours.map(|q| hhmm(q.end)),
                    clinic_name: s.clinic_name,
                    clinic_phone: s.clinic_phone,
                    grace_minutes: s.grace_minutes,
                    series_length: s.series_length,
                    keep_in_tray: s.keep_in_tray,
                    start_at_login: s.start_at_login,
                    screening: s.screening,
                    emergency_number: s.emergency_number,
                    language: s.language.map(|l| l.tag().to_string()),
                    updated_at: crate::util::parse_ts(&updated)?,
                })
            }
            None => None,
        };
        let mut events = Vec::new();
        for r in sqlx::query("SELECT * FROM marked_events ORDER BY id")
            .fetch_all(&mut *tx)
            .await?
        {
            use sqlx::Row;
            events.push(EventDoc {
                id: r.try_get("id")?,
                date: parse_date(&r.try_get::<String, _>("date")?)?,
                kind: crate::settings::parse_event_kind(&r.try_get::<String, _>("kind")?)?,
                label: r.try_get("label")?,
            });
        }
        let protocols = sqlx::query("SELECT * FROM protocols ORDER BY id")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(protocol_from_row)
            .collect::<Result<Vec<_>>>()?;
        let mut treatments = Vec::new();
        for row in sqlx::query("SELECT * FROM treatments ORDER BY id")
            .fetch_all(&mut *tx)
            .await?
        {
            let t = treatment_from_row(&row)?;
            let mut checkins = sqlx::query("SELECT * FROM checkins WHERE treatment_id = ? ORDER BY date")
                .bind(t.id)
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| {
                    checkin_from_row(r).map(|c| CheckInDoc {
                        checkin: c.checkin,
                        created_at: c.created_at,
                        updated_at: c.updated_at,
                        photos: Vec::new(),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            for r in sqlx::query(
                "SELECT date, added_at, width, height, jpeg, thumbnail FROM photos WHERE treatment_id = ? ORDER BY date, added_at, id",
            )
            .bind(t.id)
            .fetch_all(&mut *tx)
            .await?
            {
                use sqlx::Row;
                let day = parse_date(&r.try_get::<String, _>("date")?)?;
                let dim = |v: i64| u32::try_from(v).map_err(|_| Error::Corrupt(format!("photo size {v}")));
                let photo = PhotoDoc {
                    added_at: crate::util::parse_ts(&r.try_get::<String, _>("added_at")?)?,
                    width: dim(r.try_get("width")?)?,
                    height: dim(r.try_get("height")?)?,
                    jpeg: r.try_get("jpeg")?,
                    thumbnail: r.try_get("thumbnail")?,
                };
                // The foreign key keeps every photo with a check-in of its day.
                if let Some(c) = checkins.iter_mut().find(|c| c.checkin.date == day) {
                    c.photos.push(photo);
                }
            }
            treatments.push(TreatmentDoc {
                id: t.id,
                ended_at: t.treatment.ended_at,
                zone: t.treatment.zone,
                area: t.area,
                clinic: t.clinic,
                notes: t.notes,
                series_number: t.series_number,
                protocol_id: t.protocol_id,
                created_at: t.created_at,
                checkins,
            });
        }
        let ledger = sqlx::query("SELECT * FROM reminder_ledger ORDER BY reminder_id")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(entry_from_row)
            .collect::<Result<Vec<_>>>()?;
        tx.commit().await?;
        Ok(Backup {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            settings,
            events,
            protocols,
            treatments,
            ledger,
        })
    }

    /// Replaces everything with a backup's content, in one transaction, after checking
    /// the whole document; on any fault nothing changes.
    pub async fn restore(&self, text: &str) -> Result<Backup> {
        let b = Backup::parse(text)?;
        // What fell due before the restore, less the grace period, is each rule's state now:
        // such reminders still waiting in the file are not brought back to become "missed".
        let grace = b
            .settings
            .as_ref()
            .map_or(aftercare_core::settings::DEFAULT_GRACE_MINUTES, |s| s.grace_minutes);
        let cutoff = crate::treatments::reminders_from(Timestamp::now(), grace);
        let mut tx = self.write().await?;
        for table in [
            "reminder_ledger",
            "photos",
            "checkins",
            "treatments",
            "protocols",
            "marked_events",
            "settings",
        ] {
            sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
        }
        if let Some(s) = &b.settings {
            write_settings(&mut tx, &s.to_settings()?, s.updated_at).await?;
        }
        for e in &b.events {
            sqlx::query("INSERT INTO marked_events (id, date, kind, label) VALUES (?, ?, ?, ?)")
                .bind(e.id)
                .bind(date(e.date))
                .bind(event_kind(e.kind))
                .bind(&e.label)
                .execute(&mut *tx)
                .await?;
        }
        for p in &b.protocols {
            insert_protocol(&mut tx, p).await?;
        }
        for t in &b.treatments {
            let rec = TreatmentRecord {
                id: t.id,
                treatment: aftercare_core::Treatment::new(t.ended_at, t.zone.clone()),
                area: t.area.clone(),
                clinic: t.clinic.clone(),
                notes: t.notes.clone(),
                series_number: t.series_number,
                protocol_id: t.protocol_id,
                created_at: t.created_at,
                reminders_from: Some(cutoff),
            };
            insert_treatment(&mut tx, &rec).await?;
            for c in &t.checkins {
                let rec = CheckInRecord {
                    treatment_id: t.id,
                    checkin: c.checkin.clone(),
                    created_at: c.created_at,
                    updated_at: c.updated_at,
                };
                upsert(&mut tx, &rec).await?;
                for p in &c.photos {
                    insert_photo(&mut tx, t.id, c.checkin.date, p.added_at, &p.new_photo()).await?;
                }
            }
        }
        for e in b
            .ledger
            .iter()
            .filter(|e| !(e.state.is_pending() && e.effective_due() < cutoff))
        {
            insert_entry(&mut tx, e).await?;
        }
        tx.commit().await?;
        Ok(b)
    }
}
