//! Today, "Can I …?" and the timeline.

use aftercare_core::{Protocol, Status, Timeline};
use aftercare_store::Store;
use jiff::Timestamp;
use tauri::State;

use crate::convert::{self, moment};
use crate::error::{AppError, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

/// The quick questions of the protocol in use.
fn questions(p: &Protocol) -> Vec<QuickQuestion> {
    p.questions
        .iter()
        .map(|q| QuickQuestion {
            query: q.id.clone(),
            label: q.label.clone(),
        })
        .collect()
}

fn end_title(p: &Protocol, rule: &str) -> Option<String> {
    p.rule(rule).and_then(|r| r.end_title.clone())
}

pub(super) async fn today_view(store: &Store) -> Result<Option<TodayView>> {
    let Some(cx) = store.current_case().await? else {
        return Ok(None);
    };
    let now = Timestamp::now();
    let zone = cx.treatment.zone.clone();
    let language = cx.language();
    let timeline = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let windows: Vec<(WindowView, bool)> = timeline
        .entries
        .iter()
        .map(|e| {
            let w = convert::window(e, &cx.treatment, end_title(&cx.protocol, &e.rule).as_deref(), language);
            (w, e.strength.restricts())
        })
        .collect();
    let pick = |status: Status, restricts: Option<bool>| -> Vec<WindowView> {
        windows
            .iter()
            .filter(|(w, r)| w.status == status && restricts.is_none_or(|x| x == *r))
            .map(|(w, _)| w.clone())
            .collect()
    };
    let mut avoid = pick(Status::Active, Some(true));
    avoid.sort_by_key(|w| w.ends.ms);
    let today = zone.local(now).date();
    let checkin_today = store
        .checkin(cx.id(), today)
        .await?
        .map(|r| convert::checkin(&r.checkin, &cx.treatment, r.updated_at, language));
    let settings = cx.settings_or_default();
    let not_shown = store
        .not_shown(cx.id())
        .await?
        .iter()
        .map(|e| convert::reminder(e, &settings.zone, language))
        .collect();
    Ok(Some(TodayView {
        day: timeline.day,
        treated: moment(cx.treatment.ended_at, &zone, language),
        zone: zone.name().into(),
        area: cx.record.area.clone(),
        now: moment(now, &zone, language),
        avoid,
        keep_doing: pick(Status::Active, Some(false)),
        fine_again: pick(Status::Over, None),
        upcoming: pick(Status::Upcoming, None),
        expected: timeline
            .expected_today
            .iter()
            .map(|n| NoteView {
                title: n.title.clone(),
                text: n.text.clone(),
                facts: convert::facts(&n.facts, language),
            })
            .collect(),
        checkin_today,
        alert: convert::alert(&cx.assessment(), &settings, language),
        clinic: convert::clinic(&settings.clinic(), language),
        questions: questions(&cx.protocol),
        not_shown,
        emergency_number: settings.emergency_number(),
        when_to_call: convert::when_to_call(language),
        checkin_days: aftercare_core::checkin::loggable_dates(&cx.treatment, today)
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let day = cx.treatment.day_of(d);
                let when = match i {
                    0 => language.text("day-today", &[]),
                    1 => language.text("day-yesterday", &[]),
                    _ => aftercare_i18n::dates::day(language, d),
                };
                CheckInDayView {
                    date: d.to_string(),
                    day,
                    label: language.text("checkin-day-label", &[("when", when.into()), ("day", day.into())]),
                    logged: cx.history.iter().any(|c| c.date == d),
                }
            })
            .collect(),
    }))
}

/// Today's overview; `None` until a treatment is set up.
#[tauri::command]
#[specta::specta]
pub async fn today(state: State<'_, AppState>) -> Result<Option<TodayView>> {
    today_view(state.store()).await
}

#[tauri::command]
#[specta::specta]
pub async fn can_i(state: State<'_, AppState>, query: Input<String>) -> Result<AnswerView> {
    let query = query.named("query")?;
    let cx = state.store().required_case().await?;
    let zone = &cx.treatment.zone;
    let language = cx.language();
    let a = aftercare_core::can_i(&cx.protocol, &cx.treatment, &query, Timestamp::now(), cx.latest())
        .map_err(|e| AppError::from(e).at("query"))?;
    Ok(AnswerView {
        query: a.query,
        verdict: a.verdict,
        summary: a.summary,
        fine_from: a.fine_from.map(|z| moment(z.timestamp(), zone, language)),
        reasons: a
            .reasons
            .iter()
            .map(|r| ReasonView {
                title: r.title.clone(),
                advice: r.advice.clone(),
                until: r.until.as_ref().map(|u| moment(u.timestamp(), zone, language)),
                still_healing: r.still_healing.clone(),
            })
            .collect(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn timeline(state: State<'_, AppState>) -> Result<TimelineView> {
    let cx = state.store().required_case().await?;
    let now = Timestamp::now();
    let t = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let entries: Vec<WindowView> = t
        .entries
        .iter()
        .map(|e| {
            convert::window(
                e,
                &cx.treatment,
                end_title(&cx.protocol, &e.rule).as_deref(),
                cx.language(),
            )
        })
        .collect();
    let last_day = entries.iter().map(|e| e.end_day).fold(1.0, f64::max).ceil();
    Ok(TimelineView {
        treated: moment(cx.treatment.ended_at, &cx.treatment.zone, cx.language()),
        now_day: (now.as_second() - cx.treatment.ended_at.as_second()) as f64 / 86_400.0,
        last_day,
        entries,
    })
}
