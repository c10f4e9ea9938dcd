//! The daily check-in and the trend.

use aftercare_core::checkin::{trend as redness_trend, CheckInDraft};
use jiff::Timestamp;
use tauri::State;

use super::parse::*;
use crate::convert;
use crate::error::Result;
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

fn draft(i: &CheckInInput) -> CheckInDraft {
    CheckInDraft {
        redness: i64::from(i.redness),
        breakouts: i64::from(i.breakouts),
        swelling: i64::from(i.swelling),
        pain: i64::from(i.pain),
        symptoms: i.symptoms,
        notes: i.notes.clone(),
    }
}

/// One check-in per day: saving again replaces that day's.
#[tauri::command]
#[specta::specta]
pub async fn save_checkin(state: State<'_, AppState>, input: Input<CheckInInput>) -> Result<SavedCheckIn> {
    let input = input.get()?;
    let store = state.store();
    let cx = store.required_case().await?;
    let now = Timestamp::now();
    let day = match input.date.trim() {
        "" => cx.today(now),
        d => date(d, "date")?,
    };
    let checkin = cx.checkin(now, day, &draft(&input))?;
    let replaced = cx.logged(day);
    let saved = store.save_checkin(&cx, &checkin, now).await?;
    // A logged day silences that day's check-in reminder, and the days logged decide
    // whether check-in reminders go on and when "while healing" windows end.
    // The check-in is saved whatever happens next: a failed re-plan is logged (the loop
    // re-plans at its next start) rather than reported as a failed save.
    if let Err(e) = state.replan().await {
        tracing::error!(code = ?e.code, "re-planning after a check-in failed");
    }
    let cx = cx.with_saved(saved.checkin.clone());
    Ok(SavedCheckIn {
        checkin: convert::checkin(&saved.checkin, &cx.treatment, saved.updated_at, cx.language()),
        replaced,
        alert: convert::alert(&cx.assessment(), &cx.settings_or_default(), cx.language()),
    })
}

/// The check-in of a day (`YYYY-MM-DD`, empty for today), if there is one.
#[tauri::command]
#[specta::specta]
pub async fn checkin_for(state: State<'_, AppState>, date_text: Input<String>) -> Result<Option<CheckInView>> {
    let date_text = date_text.named("date")?;
    let store = state.store();
    let cx = store.required_case().await?;
    let day = match date_text.trim() {
        "" => cx.today(Timestamp::now()),
        d => date(d, "date")?,
    };
    Ok(store
        .checkin(cx.id(), day)
        .await?
        .map(|r| convert::checkin(&r.checkin, &cx.treatment, r.updated_at, cx.language())))
}

#[tauri::command]
#[specta::specta]
pub async fn trend(state: State<'_, AppState>) -> Result<TrendView> {
    let store = state.store();
    let cx = store.required_case().await?;
    let history = &cx.history;
    let points = redness_trend(&cx.treatment, history)
        .into_iter()
        .filter_map(|p| {
            let c = history.iter().find(|c| cx.treatment.day_of(c.date) == p.day)?;
            Some(TrendPointView {
                day: p.day,
                date: c.date.to_string(),
                redness: i32::from(p.redness),
                expected: f64::from(p.expected),
                breakouts: i32::try_from(p.breakouts).unwrap_or(i32::MAX),
                symptoms: convert::symptom_count(c),
            })
        })
        .collect();
    Ok(TrendView {
        points,
        today: cx.treatment.day_of(cx.treatment.zone.local(Timestamp::now()).date()),
    })
}
