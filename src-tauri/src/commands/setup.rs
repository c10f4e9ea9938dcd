//! Set-up: the first screen, which records the treatment and the preferences.

use aftercare_core::time::parse_moment;
use aftercare_core::{Settings, Zone};
use aftercare_i18n::say;
use aftercare_store::NewTreatment;
use jiff::Timestamp;
use tauri::State;

use super::parse::*;
use super::today::today_view;
use crate::convert;
use crate::error::{AppError, ErrorCode, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

#[tauri::command]
#[specta::specta]
pub async fn setup_defaults(state: State<'_, AppState>) -> Result<SetupDefaults> {
    let stored = state.store().settings().await?;
    let zone = match &stored {
        Some(s) => s.zone.name().to_string(),
        None => jiff::tz::TimeZone::system()
            .iana_name()
            .filter(|n| Zone::new(n).is_ok())
            .unwrap_or("UTC")
            .to_string(),
    };
    let now = Zone::new(&zone)?.local(Timestamp::now());
    Ok(SetupDefaults {
        ended_at: now.strftime("%Y-%m-%dT%H:%M").to_string(),
        checkin_at: hhmm(
            stored
                .as_ref()
                .map_or(Settings::new(Zone::new(&zone)?).checkin_at, |s| s.checkin_at),
        ),
        zone,
        zones: zones(),
        questions: screening_questions(Settings::language_of(stored.as_ref())),
    })
}

pub(super) fn screening_questions(language: aftercare_core::Language) -> Vec<ScreeningQuestion> {
    aftercare_core::screening::QUESTIONS
        .iter()
        .map(|q| ScreeningQuestion {
            field: q.field.into(),
            text: q.text_in(language),
            fact: q.fact.into(),
        })
        .collect()
}

/// Records the treatment and the client's preferences in one go. Everything is checked
/// before anything is written.
#[tauri::command]
#[specta::specta]
pub async fn set_up(state: State<'_, AppState>, input: Input<SetupInput>) -> Result<TodayView> {
    let input = input.get()?;
    let store = state.store();
    let zone = zone(&input.zone)?;
    if input.ended_at.trim().is_empty() {
        return Err(AppError::invalid("ended_at", say("invalid-ended-at-empty", &[])));
    }
    let ended_at = parse_moment(input.ended_at.trim(), &zone).map_err(|e| match e {
        aftercare_core::Error::BadMoment(_) => {
            AppError::new(ErrorCode::BadMoment, say("invalid-ended-at", &[])).at("ended_at")
        }
        other => AppError::from(other).at("ended_at"),
    })?;
    let mut settings = store.settings().await?.unwrap_or_else(|| Settings::new(zone.clone()));
    settings.zone = zone.clone();
    settings.checkin_at = time_or_none(&input.checkin_at, "checkin_at")?;
    settings.quiet_hours = quiet_hours(&input.quiet_start, &input.quiet_end)?;
    settings.clinic_name = input.clinic_name.trim().to_string();
    settings.clinic_phone = input.clinic_phone.trim().to_string();
    if let Some(s) = &input.screening {
        settings.screening = Some(convert::screening_in(s));
    }
    settings.validate()?;
    let mut new = NewTreatment::new(ended_at, zone);
    new.area = input.area.trim().to_string();
    new.clinic = settings.clinic_name.clone();
    // What fell due before set-up is shown as each rule's state, not as missed reminders.
    new.reminders_from = Some(aftercare_store::reminders_from(
        Timestamp::now(),
        settings.grace_minutes,
    ));
    new.validate(Timestamp::now())
        .map_err(|e| AppError::from(e).at("ended_at"))?;

    store.add_treatment(&new).await?;
    store.save_settings(&settings).await?;
    settings.language().make_current();
    state.replan().await?;
    today_view(store)
        .await?
        .ok_or_else(|| AppError::new(ErrorCode::NoTreatment, say("error-treatment-not-saved", &[])))
}
