//! The current case: the client's latest treatment, seen in the client's current zone,
//! with the protocol it was recorded under, the settings and every check-in. The app's
//! commands, the command line, the reminder loop and the ledger's claims all read it from
//! here, so they agree on the zone, and with it on which date is which day.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aftercare_core::checkin::CheckInDraft;
use aftercare_core::reminder::{Preferences, ReminderPlan};
use aftercare_core::{CheckIn, Protocol, Settings, Treatment, Zone};
use jiff::civil::Date;
use jiff::Timestamp;
use sqlx::SqliteConnection;

use crate::checkins::checkins_of;
use crate::settings::settings_on;
use crate::treatments::{latest_on, treatment_on};
use crate::{Error, Result, Store, TreatmentRecord};

/// Parsed protocols, parsed once per process instead of at every screen and every reminder
/// pass. Keyed by the stored row's id *and* when it was loaded: a restore (here or by the
/// command line) can put another protocol under an id seen before.
#[derive(Debug, Default, Clone)]
pub(crate) struct ProtocolCache(Arc<Mutex<HashMap<ProtocolKey, Arc<Protocol>>>>);

/// A stored protocol's row id (`None`: the built-in one), when it was loaded, and the
/// language of its texts.
type ProtocolKey = (Option<i64>, String, aftercare_i18n::Language);

impl ProtocolCache {
    fn get(&self, key: &ProtocolKey) -> Option<Arc<Protocol>> {
        self.0.lock().ok().and_then(|m| m.get(key).cloned())
    }

    fn put(&self, key: ProtocolKey, p: Arc<Protocol>) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(key, p);
        }
    }
}

/// One treatment as the client lives it now.
#[derive(Debug, Clone)]
pub struct Case {
    pub record: TreatmentRecord,
    /// The treatment in the client's current zone (the settings' zone wins over the zone
    /// at treatment time): its dates and day numbers are the ones the client sees.
    pub treatment: Treatment,
    pub settings: Option<Settings>,
    /// The protocol with its texts in the client's language ([`Case::language`]).
    pub protocol: Arc<Protocol>,
    /// Every check-in, oldest first.
    pub history: Vec<CheckIn>,
}

impl Case {
    pub fn id(&self) -> i64 {
        self.record.id
    }

    pub fn zone(&self) -> &Zone {
        &self.treatment.zone
    }

    /// The local date at `now` in the client's zone.
    pub fn today(&self, now: Timestamp) -> Date {
        self.zone().local(now).date()
    }

    /// Whether the day `date` is logged.
    pub fn logged(&self, date: Date) -> bool {
        self.history.iter().any(|c| c.date == date)
    }

    /// The case once `saved` is stored: it replaces its day's check-in, in date order.
    pub fn with_saved(mut self, saved: CheckIn) -> Case {
        self.history.retain(|c| c.date != saved.date);
        let at = self.history.partition_point(|c| c.date < saved.date);
        self.history.insert(at, saved);
        self
    }

    pub fn latest(&self) -> Option<&CheckIn> {
        aftercare_core::checkin::latest(&self.history)
    }

    /// The language to speak: the client's choice, else the device's.
    pub fn language(&self) -> aftercare_i18n::Language {
        Settings::language_of(self.settings.as_ref())
    }

    /// The case with the protocol's texts in `language` (the command line's, the terminal's;
    /// the report's, the one it is asked in).
    pub fn in_language(mut self, language: aftercare_i18n::Language) -> Case {
        self.protocol = Arc::new(self.protocol.in_language(language));
        self
    }

    /// The red-flag reading of the latest check-in, in the client's language.
    pub fn assessment(&self) -> aftercare_core::Assessment {
        aftercare_core::redflag::assess_in(&self.treatment, &self.history, self.language())
    }

    /// The stored settings, or the defaults in the treatment's zone.
    pub fn settings_or_default(&self) -> Settings {
        self.settings
            .clone()
            .unwrap_or_else(|| Settings::new(self.treatment.zone.clone()))
    }

    pub fn preferences(&self) -> Preferences {
        self.settings.as_ref().map(Settings::preferences).unwrap_or_default()
    }

    /// A check-in of `date` as the client entered it, validated by core's rules on this
    /// case's calendar.
    pub fn checkin(&self, now: Timestamp, date: Date, draft: &CheckInDraft) -> Result<CheckIn> {
        Ok(CheckIn::for_treatment(&self.treatment, self.today(now), date, draft)?)
    }

    /// The reminder plan of this case as things stand.
    pub fn plan(&self) -> Result<ReminderPlan> {
        Ok(ReminderPlan::build(
            &self.protocol,
            &self.treatment,
            &self.preferences(),
            &self.history,
        )?)
    }
}

/// A treatment on the client's current calendar: the settings' zone (where the client is
/// now) wins over the zone at treatment time. The one place that decides it.
fn seen_now(treatment: &Treatment, settings: Option<&Settings>) -> Treatment {
    match settings {
        Some(s) => treatment.moved_to(s.zone.clone()),
        None => treatment.clone(),
    }
}

/// A stored treatment on the client's current calendar, read on `conn`.
pub(crate) async fn treatment_seen_now(conn: &mut SqliteConnection, treatment_id: i64) -> Result<Treatment> {
    let record = treatment_on(conn, treatment_id).await?;
    let settings = settings_on(conn).await?;
    Ok(seen_now(&record.treatment, settings.as_ref()))
}

impl Store {
    /// The case of the latest treatment, or `None` before the first one.
    pub async fn current_case(&self) -> Result<Option<Case>> {
        let mut conn = self.pool().acquire().await?;
        match latest_on(&mut conn).await? {
            Some(record) => Ok(Some(self.case_on(&mut conn, record).await?)),
            None => Ok(None),
        }
    }

    /// The case of the latest treatment; [`Error::NoTreatments`] before the first one.
    pub async fn required_case(&self) -> Result<Case> {
        self.current_case().await?.ok_or(Error::NoTreatments)
    }

    /// The dates of every session so far (each treatment's day 1), on the client's current
    /// calendar, oldest first, each once.
    pub async fn session_dates(&self) -> Result<Vec<Date>> {
        let mut conn = self.pool().acquire().await?;
        let settings = settings_on(&mut conn).await?;
        let mut dates: Vec<Date> = crate::treatments::all_on(&mut conn)
            .await?
            .iter()
            .map(|t| seen_now(&t.treatment, settings.as_ref()).day_one())
            .collect();
        dates.sort();
        dates.dedup();
        Ok(dates)
    }

    /// The case of one treatment (not necessarily the latest).
    pub async fn case_of(&self, treatment_id: i64) -> Result<Case> {
        let mut conn = self.pool().acquire().await?;
        let record = treatment_on(&mut conn, treatment_id).await?;
        self.case_on(&mut conn, record).await
    }

    /// The case of a treatment, read on `conn` (inside a transaction, the claims see the
    /// same rows they then change).
    pub(crate) async fn case_on(&self, conn: &mut SqliteConnection, record: TreatmentRecord) -> Result<Case> {
        let settings = settings_on(conn).await?;
        let treatment = seen_now(&record.treatment, settings.as_ref());
        let language = Settings::language_of(settings.as_ref());
        let protocol = self.parsed_protocol(conn, record.protocol_id, language).await?;
        let history = checkins_of(conn, record.id)
            .await?
            .into_iter()
            .map(|r| r.checkin)
            .collect();
        Ok(Case {
            record,
            treatment,
            settings,
            protocol,
            history,
        })
    }

    async fn parsed_protocol(
        &self,
        conn: &mut SqliteConnection,
        id: Option<i64>,
        language: aftercare_i18n::Language,
    ) -> Result<Arc<Protocol>> {
        let loaded_at: String = match id {
            Some(id) => {
                sqlx::query_scalar("SELECT loaded_at FROM protocols WHERE id = ?")
                    .bind(id)
                    .fetch_one(&mut *conn)
                    .await?
            }
            None => String::new(),
        };
        let key = (id, loaded_at, language);
        if let Some(p) = self.protocols.get(&key) {
            return Ok(p);
        }
        let parsed = match id {
            Some(id) => crate::protocols::protocol_on(conn, id).await?,
            None => Protocol::builtin().clone(),
        };
        let p = Arc::new(parsed.in_language(language));
        self.protocols.put(key, p.clone());
        Ok(p)
    }
}
