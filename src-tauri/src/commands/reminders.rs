//! Reminders: the list, snooze and done.

use aftercare_core::Zone;
use aftercare_reminders::SnoozeChoice;
use aftercare_store::{LedgerState, Store};
use jiff::Timestamp;
use tauri::State;

use crate::convert;
use crate::error::Result;
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

#[tauri::command]
#[specta::specta]
pub async fn reminders(state: State<'_, AppState>) -> Result<RemindersView> {
    let store = state.store();
    let language = aftercare_core::Settings::language_of(store.settings().await?.as_ref());
    let mut view = RemindersView {
        today: String::new(),
        delivery: state.delivery(language),
        not_shown: Vec::new(),
        upcoming: Vec::new(),
        snoozed: Vec::new(),
        missed: Vec::new(),
        recent: Vec::new(),
    };
    let Some(cx) = store.current_case().await? else {
        return Ok(view);
    };
    let zone = &cx.treatment.zone;
    view.today = zone.local(Timestamp::now()).date().to_string();
    let mut ledger = store.ledger(cx.id()).await?;
    ledger.sort_by_key(|e| e.effective_due());
    for e in &ledger {
        let v = convert::reminder(e, zone, language);
        match e.state {
            LedgerState::Planned => view.upcoming.push(v),
            LedgerState::Snoozed => view.snoozed.push(v),
            LedgerState::Missed => view.missed.push(v),
            LedgerState::NotShown => view.not_shown.push(v),
            LedgerState::Delivered | LedgerState::Dismissed | LedgerState::Skipped => view.recent.push(v),
        }
    }
    view.recent.reverse();
    view.recent.truncate(20);
    Ok(view)
}

#[tauri::command]
#[specta::specta]
pub async fn snooze_reminder(
    state: State<'_, AppState>,
    id: Input<String>,
    choice: Input<SnoozeFor>,
) -> Result<ReminderView> {
    let id = id.named("id")?;
    let choice = choice.named("choice")?;
    let choice = match choice {
        SnoozeFor::FifteenMinutes => SnoozeChoice::FifteenMinutes,
        SnoozeFor::OneHour => SnoozeChoice::OneHour,
        SnoozeFor::TomorrowMorning => SnoozeChoice::TomorrowMorning,
    };
    let e = state.scheduler.snooze(&id, choice).await?;
    let (zone, language) = reminder_zone(state.store(), &e).await?;
    Ok(convert::reminder(&e, &zone, language))
}

/// "Done": the client has seen it and needs it no more.
#[tauri::command]
#[specta::specta]
pub async fn finish_reminder(state: State<'_, AppState>, id: Input<String>) -> Result<ReminderView> {
    let id = id.named("id")?;
    let store = state.store();
    let e = store
        .set_reminder_state(&id, LedgerState::Dismissed, Timestamp::now(), None)
        .await?;
    state.scheduler.rearm();
    let (zone, language) = reminder_zone(store, &e).await?;
    Ok(convert::reminder(&e, &zone, language))
}

/// "Skip": a reminder that has not rung yet will not ring.
#[tauri::command]
#[specta::specta]
pub async fn skip_reminder(state: State<'_, AppState>, id: Input<String>) -> Result<ReminderView> {
    let id = id.named("id")?;
    let store = state.store();
    let e = store.skip_reminder(&id, Timestamp::now()).await?;
    state.scheduler.rearm();
    let (zone, language) = reminder_zone(store, &e).await?;
    Ok(convert::reminder(&e, &zone, language))
}

/// The zone a reminder is shown in (its case's, like every other screen) and the language.
pub(super) async fn reminder_zone(
    store: &Store,
    e: &aftercare_store::LedgerEntry,
) -> Result<(Zone, aftercare_i18n::Language)> {
    let case = store.case_of(e.treatment_id).await?;
    Ok((case.zone().clone(), case.language()))
}
