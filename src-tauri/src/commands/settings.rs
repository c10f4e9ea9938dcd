//! Settings and the clinic protocol in force.

use aftercare_core::{Protocol, Settings, Zone};
use aftercare_i18n::say;
use aftercare_i18n::{Language, Region};
use aftercare_store::Store;
use tauri::State;

use super::parse::*;
use crate::error::{AppError, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

pub(super) async fn protocol_view(store: &Store) -> Result<ProtocolView> {
    let stored = store.protocols().await?.into_iter().find(|p| p.active);
    let language = Settings::language_of(store.settings().await?.as_ref());
    let (p, origin) = match stored {
        Some(s) => (s.protocol()?, s.origin),
        None => (Protocol::builtin().clone(), "built-in".to_string()),
    };
    let name = p.in_language(language).name;
    Ok(ProtocolView {
        id: p.id,
        name,
        version: p.version,
        origin,
        rules: i32::try_from(p.rules.len()).unwrap_or(i32::MAX),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn settings(state: State<'_, AppState>) -> Result<SettingsView> {
    let store = state.store();
    let s = match store.settings().await? {
        Some(s) => s,
        None => Settings::new(Zone::new("UTC")?),
    };
    Ok(SettingsView {
        settings: SettingsInput {
            zone: s.zone.name().into(),
            checkin_at: hhmm(s.checkin_at),
            quiet_start: hhmm(s.quiet_hours.map(|q| q.start)),
            quiet_end: hhmm(s.quiet_hours.map(|q| q.end)),
            clinic_name: s.clinic_name,
            clinic_phone: s.clinic_phone.clone(),
            emergency_number: s.emergency_number.clone().unwrap_or_default(),
            grace_minutes: i32::try_from(s.grace_minutes).unwrap_or(i32::MAX),
            series_length: i32::from(s.series_length),
            keep_in_tray: s.keep_in_tray,
            start_at_login: s.start_at_login,
            language: s.language.map(|l| l.tag().to_string()).unwrap_or_default(),
        },
        device_language: Language::of_system().tag().into(),
        protocol: protocol_view(store).await?,
        database: store.path().display().to_string(),
        version: env!("CARGO_PKG_VERSION").into(),
        zones: zones(),
        emergency_default: aftercare_core::escalation::default_emergency_number(&s.zone).into(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn save_settings(state: State<'_, AppState>, input: Input<SettingsInput>) -> Result<SettingsView> {
    let input = input.get()?;
    let store = state.store();
    let before = store.settings().await?;
    let new_zone = zone(&input.zone)?;
    let mut s = before.clone().unwrap_or_else(|| Settings::new(new_zone.clone()));
    s.zone = new_zone;
    s.checkin_at = time_or_none(&input.checkin_at, "checkin_at")?;
    s.quiet_hours = quiet_hours(&input.quiet_start, &input.quiet_end)?;
    s.clinic_name = input.clinic_name.trim().to_string();
    s.clinic_phone = input.clinic_phone.trim().to_string();
    s.emergency_number = match input.emergency_number.trim() {
        "" => None,
        n => Some(n.to_string()),
    };
    s.grace_minutes = u32::try_from(input.grace_minutes)
        .map_err(|_| AppError::invalid("grace_minutes", say("invalid-grace-negative", &[])))?;
    s.series_length = u8::try_from(input.series_length)
        .map_err(|_| AppError::invalid("series_length", say("invalid-series-range", &[])))?;
    s.keep_in_tray = input.keep_in_tray;
    s.start_at_login = input.start_at_login;
    s.language = match input.language.as_str() {
        "" => None,
        tag => Some(
            Language::of_tag(tag)
                .ok_or_else(|| AppError::invalid("language", format!("\"{tag}\" is not a language the app speaks.")))?,
        ),
    };
    s.validate()?;
    let was_on = before.as_ref().is_some_and(|b| b.start_at_login);
    if s.start_at_login != was_on {
        if let Some(toggle) = &state.autostart {
            toggle(s.start_at_login).map_err(|e| e.at("start_at_login"))?;
        }
    }
    store.save_settings(&s).await?;
    state.set_keep_in_tray(s.keep_in_tray);
    // Refusals from now on in the language just chosen.
    s.language().make_current();
    state.replan().await?;
    settings(state).await
}

/// The language the page speaks: the client's choice in Settings, else the device's; the
/// tag its own dates are written with, in the device's region; and the webview's date and
/// time fields told to follow both before the page shows a form.
#[tauri::command]
#[specta::specta]
pub async fn language(state: State<'_, AppState>) -> Result<PageLanguage> {
    let settings = state.store().settings().await?;
    let language = Settings::language_of(settings.as_ref());
    let region = Region::current();
    if let Some(follow) = &state.date_fields {
        follow(region.fields_locale(language)).await;
    }
    Ok(PageLanguage {
        tag: language.tag().into(),
        dates: region.dates_tag(language).into(),
    })
}
