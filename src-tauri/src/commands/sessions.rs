//! Sessions: the series, the dates to keep free, the screening checklist.

use aftercare_core::series::{self, EventKind, MarkedEvent};
use aftercare_core::Settings;
use aftercare_i18n::say;
use aftercare_store::Store;
use jiff::civil::Date;
use tauri::State;

use super::parse::*;
use super::setup::screening_questions;
use crate::convert;
use crate::error::{AppError, ErrorCode, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

pub(super) async fn series_plan(store: &Store, length: u8) -> Result<(Vec<Date>, series::SeriesPlan)> {
    let sessions = store.session_dates().await?;
    let plan = series::plan(&sessions, length)?;
    Ok((sessions, plan))
}

#[tauri::command]
#[specta::specta]
pub async fn sessions(state: State<'_, AppState>) -> Result<SessionsView> {
    let store = state.store();
    let settings = store.settings().await?;
    let language = Settings::language_of(settings.as_ref());
    let length = settings
        .as_ref()
        .map_or(series::DEFAULT_SERIES_LENGTH, |s| s.series_length);
    let (sessions, plan) = series_plan(store, length).await?;
    let next = plan.next.as_ref().map(|n| NextSessionView {
        label: n.phase.label(language),
        earliest: n.earliest.to_string(),
        latest: n.latest.to_string(),
        facts: convert::facts(&n.facts, language),
    });
    Ok(SessionsView {
        sessions_done: i32::try_from(plan.sessions_done).unwrap_or(i32::MAX),
        length: i32::from(plan.length),
        sessions: sessions.iter().map(Date::to_string).collect(),
        next,
        planning_notes: series::planning_notes(language)
            .into_iter()
            .map(|(text, facts)| NoteView {
                title: String::new(),
                text,
                facts: convert::facts(facts, language),
            })
            .collect(),
        maintenance: series::maintenance_note(plan.length, language),
        screening: settings
            .and_then(|s| s.screening)
            .map(|a| convert::screening(&a, language)),
        questions: screening_questions(language),
        events: store
            .events()
            .await?
            .into_iter()
            .map(|(id, e)| EventView {
                id,
                date: e.date.to_string(),
                kind: e.kind,
                label: e.label,
            })
            .collect(),
    })
}

/// What to keep in mind if the next session were booked on `date_text`.
#[tauri::command]
#[specta::specta]
pub async fn check_session_date(state: State<'_, AppState>, date_text: Input<String>) -> Result<DateCheck> {
    let date_text = date_text.named("date")?;
    let store = state.store();
    let day = date(&date_text, "date")?;
    let settings = store.settings().await?;
    let language = Settings::language_of(settings.as_ref());
    let length = settings.map_or(series::DEFAULT_SERIES_LENGTH, |s| s.series_length);
    let (_, plan) = series_plan(store, length).await?;
    let events: Vec<MarkedEvent> = store.events().await?.into_iter().map(|(_, e)| e).collect();
    let (last, assessment) = match store.current_case().await? {
        Some(cx) => {
            let a = cx.assessment();
            (cx.history.into_iter().max_by_key(|c| c.date), Some(a))
        }
        None => (None, None),
    };
    let warnings: Vec<String> = series::check_date(&plan, day, &events, last.as_ref(), assessment.as_ref())
        .iter()
        .map(|w| w.message(language))
        .collect();
    Ok(DateCheck {
        date: day.to_string(),
        ok: warnings.is_empty(),
        warnings,
    })
}

#[tauri::command]
#[specta::specta]
pub async fn add_event(state: State<'_, AppState>, input: Input<EventInput>) -> Result<EventView> {
    let input = input.get()?;
    let e = MarkedEvent {
        date: date(&input.date, "date")?,
        kind: EventKind::parse(&input.kind)?,
        label: input.label.trim().to_string(),
    };
    let id = state.store().add_event(&e).await?;
    Ok(EventView {
        id,
        date: e.date.to_string(),
        kind: e.kind,
        label: e.label,
    })
}

#[tauri::command]
#[specta::specta]
pub async fn remove_event(state: State<'_, AppState>, id: Input<i64>) -> Result<()> {
    let id = id.named("id")?;
    if state.store().remove_event(id).await? {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::NoEvent,
            say("error-no-event", &[("id", id.into())]),
        ))
    }
}

/// The checklist's result for answers not saved yet (the set-up screen shows it as they are ticked).
#[tauri::command]
#[specta::specta]
pub async fn screening_result(state: State<'_, AppState>, input: Input<ScreeningInput>) -> Result<ScreeningView> {
    let input = input.get()?;
    let language = Settings::language_of(state.store().settings().await?.as_ref());
    Ok(convert::screening(&convert::screening_in(&input), language))
}

#[tauri::command]
#[specta::specta]
pub async fn save_screening(state: State<'_, AppState>, input: Input<ScreeningInput>) -> Result<ScreeningView> {
    let input = input.get()?;
    let store = state.store();
    let mut settings = store
        .settings()
        .await?
        .ok_or_else(|| AppError::from(aftercare_store::Error::NoSettings))?;
    let answers = convert::screening_in(&input);
    settings.screening = Some(answers);
    store.save_settings(&settings).await?;
    Ok(convert::screening(&answers, settings.language()))
}
