//! The app's commands: parse what the UI sent, call the engine and the store, translate
//! the answer. No rule of aftercare lives here.

use aftercare_core::checkin::{trend as redness_trend, CheckIn, CheckInDraft};
use aftercare_core::reminder::ReminderPlan;
use aftercare_core::series::{self, EventKind, MarkedEvent, Phase};
use aftercare_core::time::{parse_moment, parse_time_of_day};
use aftercare_core::{assess, Protocol, QuietHours, Settings, Timeline, Treatment, Zone};
use aftercare_reminders::SnoozeChoice;
use aftercare_store::{LedgerState, NewTreatment, Store, TreatmentRecord};
use jiff::civil::{Date, Time};
use jiff::Timestamp;
use tauri::State;

use crate::convert::{self, moment};
use crate::error::{AppError, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

/// The latest treatment seen in the client's current zone, with what decides about it.
struct Context {
    record: TreatmentRecord,
    treatment: Treatment,
    settings: Option<Settings>,
    protocol: Protocol,
    /// Every check-in, oldest first.
    history: Vec<CheckIn>,
}

impl Context {
    fn latest(&self) -> Option<&CheckIn> {
        aftercare_core::checkin::latest(&self.history)
    }

    /// The stored settings, or the defaults in the treatment's zone.
    fn settings_or_default(&self) -> Settings {
        self.settings
            .clone()
            .unwrap_or_else(|| Settings::new(self.treatment.zone.clone()))
    }
}

async fn context(store: &Store) -> Result<Option<Context>> {
    let Some(record) = store.latest_treatment().await? else {
        return Ok(None);
    };
    let settings = store.settings().await?;
    // The client's current zone (settings) wins over the zone at treatment time.
    let treatment = match &settings {
        Some(s) => record.treatment.moved_to(s.zone.clone()),
        None => record.treatment.clone(),
    };
    let protocol = store.protocol_for(record.protocol_id).await?;
    let history = history(store, record.id).await?;
    Ok(Some(Context {
        record,
        treatment,
        settings,
        protocol,
        history,
    }))
}

/// Every check-in of a treatment, oldest first.
async fn history(store: &Store, treatment_id: i64) -> Result<Vec<CheckIn>> {
    Ok(store
        .checkins(treatment_id)
        .await?
        .into_iter()
        .map(|r| r.checkin)
        .collect())
}

async fn required(store: &Store) -> Result<Context> {
    context(store)
        .await?
        .ok_or_else(|| AppError::from(aftercare_store::Error::NoTreatments))
}

fn time_or_none(s: &str, field: &str) -> Result<Option<Time>> {
    match s.trim() {
        "" => Ok(None),
        t => parse_time_of_day(t).map(Some).map_err(|e| AppError::from(e).at(field)),
    }
}

fn quiet_hours(start: &str, end: &str) -> Result<Option<QuietHours>> {
    match (time_or_none(start, "quiet_start")?, time_or_none(end, "quiet_end")?) {
        (None, None) => Ok(None),
        (Some(a), Some(b)) => QuietHours::new(a, b)
            .map(Some)
            .map_err(|e| AppError::from(e).at("quiet_end")),
        (None, Some(_)) => Err(AppError::invalid("quiet_start", "Quiet hours need a start time too.")),
        (Some(_), None) => Err(AppError::invalid("quiet_end", "Quiet hours need an end time too.")),
    }
}

fn date(s: &str, field: &str) -> Result<Date> {
    let t = s.trim();
    if t.is_empty() {
        return Err(AppError::invalid(field, "Pick a date."));
    }
    t.parse::<Date>().map_err(|_| {
        AppError::invalid(
            field,
            format!("\"{t}\" is not a date the app can read: pick one from the calendar."),
        )
    })
}

fn zone(name: &str) -> Result<Zone> {
    Zone::new(name.trim()).map_err(|e| AppError::from(e).at("zone"))
}

fn zones() -> Vec<String> {
    let mut all: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    all.sort();
    all
}

fn hhmm(t: Option<Time>) -> String {
    t.map(|t| t.strftime("%H:%M").to_string()).unwrap_or_default()
}

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

// ---------------------------------------------------------------- set-up

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
        questions: screening_questions(),
    })
}

fn screening_questions() -> Vec<ScreeningQuestion> {
    aftercare_core::screening::QUESTIONS
        .iter()
        .map(|q| ScreeningQuestion {
            field: q.field.into(),
            text: q.text.into(),
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
        return Err(AppError::invalid(
            "ended_at",
            "Enter the date and time your treatment ended.",
        ));
    }
    let ended_at = parse_moment(input.ended_at.trim(), &zone).map_err(|e| match e {
        aftercare_core::Error::BadMoment(_) => AppError::new(
            "bad-moment",
            "The app can't read this as a date and time: pick when your treatment ended from the calendar.",
        )
        .at("ended_at"),
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
    state.replan().await?;
    today_view(store)
        .await?
        .ok_or_else(|| AppError::new("no-treatment", "The treatment was not saved."))
}

// ---------------------------------------------------------------- today

async fn today_view(store: &Store) -> Result<Option<TodayView>> {
    let Some(cx) = context(store).await? else {
        return Ok(None);
    };
    let now = Timestamp::now();
    let zone = cx.treatment.zone.clone();
    let timeline = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let windows: Vec<(WindowView, bool)> = timeline
        .entries
        .iter()
        .map(|e| {
            let w = convert::window(e, &cx.treatment, end_title(&cx.protocol, &e.rule).as_deref());
            (w, e.strength.restricts())
        })
        .collect();
    let pick = |status: &str, restricts: Option<bool>| -> Vec<WindowView> {
        windows
            .iter()
            .filter(|(w, r)| w.status == status && restricts.is_none_or(|x| x == *r))
            .map(|(w, _)| w.clone())
            .collect()
    };
    let mut avoid = pick("active", Some(true));
    avoid.sort_by_key(|w| w.ends.ms);
    let today = zone.local(now).date();
    let checkin_today = store
        .checkin(cx.record.id, today)
        .await?
        .map(|r| convert::checkin(&r.checkin, &cx.treatment, r.updated_at));
    let settings = cx.settings_or_default();
    let not_shown = store
        .not_shown(cx.record.id)
        .await?
        .iter()
        .map(|e| convert::reminder(e, &settings.zone))
        .collect();
    Ok(Some(TodayView {
        day: timeline.day,
        treated: moment(cx.treatment.ended_at, &zone),
        zone: zone.name().into(),
        area: cx.record.area.clone(),
        now: moment(now, &zone),
        avoid,
        keep_doing: pick("active", Some(false)),
        fine_again: pick("over", None),
        upcoming: pick("upcoming", None),
        expected: timeline
            .expected_today
            .iter()
            .map(|n| NoteView {
                title: n.title.clone(),
                text: n.text.clone(),
                facts: convert::facts(&n.facts),
            })
            .collect(),
        checkin_today,
        alert: convert::alert(&assess(&cx.treatment, &cx.history), &settings),
        clinic: convert::clinic(&settings.clinic()),
        questions: questions(&cx.protocol),
        not_shown,
        emergency_number: settings.emergency_number(),
        when_to_call: convert::when_to_call(),
        checkin_days: aftercare_core::checkin::loggable_dates(&cx.treatment, today)
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let day = cx.treatment.day_of(d);
                let when = match i {
                    0 => "Today".to_string(),
                    1 => "Yesterday".to_string(),
                    _ => d.strftime("%a %-d %b").to_string(),
                };
                CheckInDayView {
                    date: d.to_string(),
                    day,
                    label: format!("{when} · day {day}"),
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
    let cx = required(state.store()).await?;
    let zone = &cx.treatment.zone;
    let a = aftercare_core::can_i(&cx.protocol, &cx.treatment, &query, Timestamp::now(), cx.latest())
        .map_err(|e| AppError::from(e).at("query"))?;
    Ok(AnswerView {
        query: a.query,
        verdict: convert::serde_plain(&a.verdict),
        summary: a.summary,
        fine_from: a.fine_from.map(|z| moment(z.timestamp(), zone)),
        reasons: a
            .reasons
            .iter()
            .map(|r| ReasonView {
                title: r.title.clone(),
                advice: r.advice.clone(),
                until: r.until.as_ref().map(|u| moment(u.timestamp(), zone)),
                still_healing: r.still_healing.clone(),
            })
            .collect(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn timeline(state: State<'_, AppState>) -> Result<TimelineView> {
    let cx = required(state.store()).await?;
    let now = Timestamp::now();
    let t = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let entries: Vec<WindowView> = t
        .entries
        .iter()
        .map(|e| convert::window(e, &cx.treatment, end_title(&cx.protocol, &e.rule).as_deref()))
        .collect();
    let last_day = entries.iter().map(|e| e.end_day).fold(1.0, f64::max).ceil();
    Ok(TimelineView {
        treated: moment(cx.treatment.ended_at, &cx.treatment.zone),
        now_day: (now.as_second() - cx.treatment.ended_at.as_second()) as f64 / 86_400.0,
        last_day,
        entries,
    })
}

// ---------------------------------------------------------------- check-ins

fn draft(i: &CheckInInput) -> CheckInDraft {
    CheckInDraft {
        redness: i64::from(i.redness),
        breakouts: i64::from(i.breakouts),
        swelling: i64::from(i.swelling),
        pain: i64::from(i.pain),
        warmth: i.warmth,
        itching: i.itching,
        peeling: i.peeling,
        bruising: i.bruising,
        bleeding: i.bleeding,
        pus: i.pus,
        red_streaks: i.red_streaks,
        blisters: i.blisters,
        fever: i.fever,
        breathing_trouble: i.breathing_trouble,
        dark_patches: i.dark_patches,
        notes: i.notes.clone(),
    }
}

/// One check-in per day: saving again replaces that day's.
#[tauri::command]
#[specta::specta]
pub async fn save_checkin(state: State<'_, AppState>, input: Input<CheckInInput>) -> Result<SavedCheckIn> {
    let input = input.get()?;
    let store = state.store();
    let cx = required(store).await?;
    let today = cx.treatment.zone.local(Timestamp::now()).date();
    let day = match input.date.trim() {
        "" => today,
        d => date(d, "date")?,
    };
    let checkin = CheckIn::for_treatment(&cx.treatment, today, day, &draft(&input))?;
    let replaced = store.checkin(cx.record.id, day).await?.is_some();
    let saved = store.save_checkin(cx.record.id, &checkin).await?;
    let history: Vec<CheckIn> = history(store, cx.record.id).await?;
    // A logged day silences that day's check-in reminder.
    state.scheduler.wake_handle().notify_one();
    Ok(SavedCheckIn {
        checkin: convert::checkin(&saved.checkin, &cx.treatment, saved.updated_at),
        replaced,
        alert: convert::alert(&assess(&cx.treatment, &history), &cx.settings_or_default()),
    })
}

/// The check-in of a day (`YYYY-MM-DD`, empty for today), if there is one.
#[tauri::command]
#[specta::specta]
pub async fn checkin_for(state: State<'_, AppState>, date_text: Input<String>) -> Result<Option<CheckInView>> {
    let date_text = date_text.named("date")?;
    let store = state.store();
    let cx = required(store).await?;
    let day = match date_text.trim() {
        "" => cx.treatment.zone.local(Timestamp::now()).date(),
        d => date(d, "date")?,
    };
    Ok(store
        .checkin(cx.record.id, day)
        .await?
        .map(|r| convert::checkin(&r.checkin, &cx.treatment, r.updated_at)))
}

#[tauri::command]
#[specta::specta]
pub async fn trend(state: State<'_, AppState>) -> Result<TrendView> {
    let store = state.store();
    let cx = required(store).await?;
    let history: Vec<CheckIn> = history(store, cx.record.id).await?;
    let points = redness_trend(&cx.treatment, &history)
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

// ---------------------------------------------------------------- sessions

async fn series_plan(store: &Store, length: u8) -> Result<(Vec<Date>, series::SeriesPlan)> {
    let mut sessions: Vec<Date> = store
        .treatments()
        .await?
        .iter()
        .map(|t| t.treatment.day_one())
        .collect();
    sessions.sort();
    sessions.dedup();
    let plan = series::plan(&sessions, length)?;
    Ok((sessions, plan))
}

fn event_kind(s: &str) -> Result<EventKind> {
    match s {
        "makeup" => Ok(EventKind::Makeup),
        "beach" => Ok(EventKind::Beach),
        "other" => Ok(EventKind::Other),
        other => Err(AppError::invalid(
            "kind",
            format!("\"{other}\" is not a kind of event: use makeup, beach or other"),
        )),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn sessions(state: State<'_, AppState>) -> Result<SessionsView> {
    let store = state.store();
    let settings = store.settings().await?;
    let length = settings
        .as_ref()
        .map_or(series::DEFAULT_SERIES_LENGTH, |s| s.series_length);
    let (sessions, plan) = series_plan(store, length).await?;
    let next = plan.next.as_ref().map(|n| NextSessionView {
        label: match n.phase {
            Phase::Series { number, of } => format!("Session {number} of {of}"),
            Phase::Maintenance => "Maintenance session".into(),
            Phase::NotStarted => "First session".into(),
        },
        earliest: n.earliest.to_string(),
        latest: n.latest.to_string(),
        facts: convert::facts(&n.facts),
    });
    Ok(SessionsView {
        sessions_done: i32::try_from(plan.sessions_done).unwrap_or(i32::MAX),
        length: i32::from(plan.length),
        sessions: sessions.iter().map(Date::to_string).collect(),
        next,
        planning_notes: series::PLANNING_NOTES
            .iter()
            .map(|(text, facts)| NoteView {
                title: String::new(),
                text: (*text).into(),
                facts: convert::facts(facts),
            })
            .collect(),
        maintenance: format!(
            "After the series of {}, a maintenance session every {} to {} months keeps the results.",
            plan.length,
            series::MAINTENANCE_MONTHS.0,
            series::MAINTENANCE_MONTHS.1
        ),
        screening: settings.and_then(|s| s.screening).map(|a| convert::screening(&a)),
        questions: screening_questions(),
        events: store
            .events()
            .await?
            .into_iter()
            .map(|(id, e)| EventView {
                id,
                date: e.date.to_string(),
                kind: convert::serde_plain(&e.kind),
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
    let length = store
        .settings()
        .await?
        .map_or(series::DEFAULT_SERIES_LENGTH, |s| s.series_length);
    let (_, plan) = series_plan(store, length).await?;
    let events: Vec<MarkedEvent> = store.events().await?.into_iter().map(|(_, e)| e).collect();
    let (last, assessment) = match context(store).await? {
        Some(cx) => {
            let history: Vec<CheckIn> = history(store, cx.record.id).await?;
            let a = assess(&cx.treatment, &history);
            (history.into_iter().max_by_key(|c| c.date), Some(a))
        }
        None => (None, None),
    };
    let warnings: Vec<String> = series::check_date(&plan, day, &events, last.as_ref(), assessment.as_ref())
        .iter()
        .map(series::Warning::message)
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
        kind: event_kind(&input.kind)?,
        label: input.label.trim().to_string(),
    };
    let id = state.store().add_event(&e).await?;
    Ok(EventView {
        id,
        date: e.date.to_string(),
        kind: convert::serde_plain(&e.kind),
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
            "no-event",
            format!("There is no event {id} (it may have been removed already)."),
        ))
    }
}

/// The checklist's result for answers not saved yet (the set-up screen shows it as they are ticked).
#[tauri::command]
#[specta::specta]
pub fn screening_result(input: Input<ScreeningInput>) -> Result<ScreeningView> {
    let input = input.get()?;
    Ok(convert::screening(&convert::screening_in(&input)))
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
    Ok(convert::screening(&answers))
}

// ---------------------------------------------------------------- reminders

#[tauri::command]
#[specta::specta]
pub async fn reminders(state: State<'_, AppState>) -> Result<RemindersView> {
    let store = state.store();
    let mut view = RemindersView {
        delivery: state.delivery(),
        not_shown: Vec::new(),
        upcoming: Vec::new(),
        snoozed: Vec::new(),
        missed: Vec::new(),
        recent: Vec::new(),
    };
    let Some(cx) = context(store).await? else {
        return Ok(view);
    };
    let zone = &cx.treatment.zone;
    let mut ledger = store.ledger(cx.record.id).await?;
    ledger.sort_by_key(|e| e.effective_due());
    for e in &ledger {
        let v = convert::reminder(e, zone);
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
    let zone = reminder_zone(state.store()).await?;
    Ok(convert::reminder(&e, &zone))
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
    state.scheduler.wake_handle().notify_one();
    Ok(convert::reminder(&e, &reminder_zone(store).await?))
}

async fn reminder_zone(store: &Store) -> Result<Zone> {
    Ok(match store.settings().await? {
        Some(s) => s.zone,
        None => Zone::new("UTC")?,
    })
}

// ---------------------------------------------------------------- settings

async fn protocol_view(store: &Store) -> Result<ProtocolView> {
    let stored = store.protocols().await?.into_iter().find(|p| p.active);
    let (p, origin) = match stored {
        Some(s) => (s.protocol()?, s.origin),
        None => (Protocol::builtin().clone(), "built-in".to_string()),
    };
    Ok(ProtocolView {
        id: p.id,
        name: p.name,
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
        },
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
        .map_err(|_| AppError::invalid("grace_minutes", "The grace period can't be negative."))?;
    s.series_length = u8::try_from(input.series_length)
        .map_err(|_| AppError::invalid("series_length", "A series has 1 to 12 sessions."))?;
    s.keep_in_tray = input.keep_in_tray;
    s.start_at_login = input.start_at_login;
    s.validate()?;
    let was_on = before.as_ref().is_some_and(|b| b.start_at_login);
    if s.start_at_login != was_on {
        if let Some(toggle) = &state.autostart {
            toggle(s.start_at_login).map_err(|e| {
                AppError::new("autostart", format!("Start at login could not be changed: {e}")).at("start_at_login")
            })?;
        }
    }
    store.save_settings(&s).await?;
    state.set_keep_in_tray(s.keep_in_tray);
    state.replan().await?;
    settings(state).await
}

// ---------------------------------------------------------------- files

fn export_path(state: &AppState, stem: &str, ext: &str) -> Result<std::path::PathBuf> {
    std::fs::create_dir_all(&state.export_dir).map_err(|e| {
        AppError::new(
            "io",
            format!("Can't create the export folder {}: {e}", state.export_dir.display()),
        )
    })?;
    let stamp = Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
    Ok(state.export_dir.join(format!("{stem}-{stamp}.{ext}")))
}

fn write_export(state: &AppState, stem: &str, ext: &str, text: &str) -> Result<ExportedFile> {
    let path = export_path(state, stem, ext)?;
    aftercare_store::write_private(&path, text)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        bytes: i64::try_from(text.len()).unwrap_or(i64::MAX),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn export_backup(state: State<'_, AppState>) -> Result<ExportedFile> {
    let json = state.store().backup().await?.to_json();
    write_export(&state, "aftercare-backup", "json", &json)
}

#[tauri::command]
#[specta::specta]
pub async fn export_csv(state: State<'_, AppState>) -> Result<ExportedFile> {
    let store = state.store();
    let cx = required(store).await?;
    let csv = store.export_csv(cx.record.id).await?;
    write_export(&state, "aftercare-checkins", "csv", &csv)
}

#[tauri::command]
#[specta::specta]
pub async fn export_calendar(state: State<'_, AppState>) -> Result<ExportedFile> {
    let cx = required(state.store()).await?;
    let now = Timestamp::now();
    let prefs = cx.settings.as_ref().map(Settings::preferences).unwrap_or_default();
    let timeline = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let plan = ReminderPlan::build(&cx.protocol, &cx.treatment, &prefs, &cx.history)?;
    let ics = aftercare_core::ics::calendar(&timeline, &plan, now);
    write_export(&state, "aftercare-calendar", "ics", &ics)
}

/// Replaces everything with a backup file's content; a refused file changes nothing.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_, AppState>, text: Input<String>) -> Result<RestoreReport> {
    let text = text.named("backup")?;
    let b = state.store().restore(&text).await?;
    state.replan().await?;
    let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    Ok(RestoreReport {
        treatments: n(b.treatments.len()),
        checkins: n(b.treatments.iter().map(|t| t.checkins.len()).sum()),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn load_protocol(
    state: State<'_, AppState>,
    text: Input<String>,
    file_name: Input<String>,
) -> Result<ProtocolView> {
    let text = text.named("protocol")?;
    let file_name = file_name.named("protocol")?;
    let name = match file_name.trim() {
        "" => "protocol.toml",
        n => n,
    };
    state.store().load_protocol(&text, name).await?;
    state.replan().await?;
    protocol_view(state.store()).await
}

#[tauri::command]
#[specta::specta]
pub async fn use_builtin_protocol(state: State<'_, AppState>) -> Result<ProtocolView> {
    state.store().use_builtin_protocol().await?;
    state.replan().await?;
    protocol_view(state.store()).await
}

/// The page shows its first screen with data. The start-up benchmark sets
/// `AFTERCARE_STARTUP_PROBE` and times the launch up to this line on stdout.
#[tauri::command]
#[specta::specta]
pub fn ready(state: State<'_, AppState>) {
    state.first_screen.send_replace(true);
    if std::env::var_os("AFTERCARE_STARTUP_PROBE").is_some() {
        println!("aftercare-ready");
    }
}
