//! Engine and store values → the views the UI reads. Pure functions, no I/O.

use aftercare_core::checkin::CheckIn;
use aftercare_core::redflag::Assessment;
use aftercare_core::screening::ScreeningAnswers;
use aftercare_core::timeline::Entry;
use aftercare_core::{Treatment, Zone};
use aftercare_i18n::Language;
use aftercare_store::{LedgerEntry, LedgerState};
use jiff::Timestamp;

use crate::views::{
    AlertView, CheckInView, ClinicView, EscalationView, FactView, FlagView, Moment, ReminderView, ScreeningInput,
    ScreeningView, SignView, WhenToCallView, WindowView,
};

/// An instant on the client's clock, written as their language writes it.
pub fn moment(t: Timestamp, zone: &Zone, language: Language) -> Moment {
    let local = zone.local(t);
    Moment {
        ms: t.as_millisecond(),
        iso: aftercare_core::time::rfc3339(&local),
        local: aftercare_i18n::dates::moment(language, &local),
        time: aftercare_i18n::dates::time(language, local.time()),
    }
}

pub fn facts<S: AsRef<str>>(ids: &[S], language: Language) -> Vec<FactView> {
    ids.iter()
        .filter_map(|id| aftercare_core::fact::lookup(id.as_ref()))
        .map(|f| FactView {
            id: f.id.into(),
            summary: f.summary_in(language),
        })
        .collect()
}

fn days_after(treatment: &Treatment, t: Timestamp) -> f64 {
    (t.as_second() - treatment.ended_at.as_second()) as f64 / 86_400.0
}

pub fn window(e: &Entry, treatment: &Treatment, end_title: Option<&str>, language: Language) -> WindowView {
    let zone = &treatment.zone;
    let (start, end) = (e.starts_at.timestamp(), e.ends_at.timestamp());
    WindowView {
        rule: e.rule.clone(),
        title: e.title.clone(),
        advice: e.advice.clone(),
        strength: e.strength,
        category: e.category,
        status: e.status,
        starts: moment(start, zone, language),
        ends: moment(end, zone, language),
        start_day: days_after(treatment, start),
        end_day: days_after(treatment, end),
        end_title: end_title.map_or_else(
            || language.text("window-over", &[("title", e.title.as_str().into())]),
            str::to_string,
        ),
        facts: facts(&e.facts, language),
        still_healing: e.still_healing.clone(),
        tip: e.tip.clone(),
    }
}

pub fn clinic(c: &aftercare_core::escalation::Clinic, language: Language) -> ClinicView {
    ClinicView {
        name: c.name.clone(),
        phone: c.phone.clone(),
        called: c.called(language),
    }
}

/// An assessment as the UI shows it, with who to call from the client's settings; its
/// words in `language` (the assessment's reasons are in the language it was made in).
pub fn alert(a: &Assessment, settings: &aftercare_core::Settings, language: Language) -> AlertView {
    let escalation =
        aftercare_core::escalation::escalate(a, &settings.clinic(), &settings.emergency_number(), language).map(|e| {
            EscalationView {
                tier: e.tier,
                headline: e.headline,
                reasons: e.reasons,
                first_step: e.first_step,
                then_step: e.then_step,
                emergency_first: e.emergency_first,
                emergency_number: e.emergency_number,
                clinic: clinic(&e.clinic, language),
                clinic_first: e.clinic_first,
                if_unreachable: e.if_unreachable,
            }
        });
    AlertView {
        escalation,
        tier: a.tier,
        label: a.tier.map(|t| t.label_in(language)),
        flags: a
            .flags
            .iter()
            .map(|f| FlagView {
                code: f.code.into(),
                tier: f.tier,
                reason: f.reason.clone(),
                facts: facts(&f.facts, language),
            })
            .collect(),
    }
}

pub fn checkin(c: &CheckIn, treatment: &Treatment, updated: Timestamp, language: Language) -> CheckInView {
    let n = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    CheckInView {
        date: c.date.to_string(),
        day: treatment.day_of(c.date),
        redness: i32::from(c.redness.score()),
        redness_label: c.redness.word(language),
        breakouts: n(c.breakouts),
        swelling: i32::from(c.swelling),
        pain: i32::from(c.pain),
        symptoms: c.symptoms,
        notes: c.notes.clone(),
        updated: moment(updated, &treatment.zone, language),
    }
}

/// How many of the yes/no symptoms a check-in ticked.
pub fn symptom_count(c: &CheckIn) -> i32 {
    i32::try_from(c.symptoms().count()).unwrap_or(i32::MAX)
}

pub fn reminder(e: &LedgerEntry, zone: &Zone, language: Language) -> ReminderView {
    ReminderView {
        id: e.reminder_id.clone(),
        title: e.title.clone(),
        body: e.body.clone(),
        state: e.state,
        due: moment(e.due_at, zone, language),
        next: moment(e.effective_due(), zone, language),
        snoozes: i32::try_from(e.snoozes).unwrap_or(i32::MAX),
        not_shown_reason: (e.state == LedgerState::NotShown)
            .then(|| e.not_shown_reason.clone())
            .flatten(),
    }
}

pub fn screening_in(a: &ScreeningInput) -> ScreeningAnswers {
    ScreeningAnswers {
        active_cold_sores: a.active_cold_sores,
        cystic_acne: a.cystic_acne,
        psoriasis: a.psoriasis,
        eczema: a.eczema,
        pregnant: a.pregnant,
        breastfeeding: a.breastfeeding,
    }
}

pub fn screening(a: &ScreeningAnswers, language: Language) -> ScreeningView {
    let r = a.result(language);
    ScreeningView {
        answers: ScreeningInput {
            active_cold_sores: a.active_cold_sores,
            cystic_acne: a.cystic_acne,
            psoriasis: a.psoriasis,
            eczema: a.eczema,
            pregnant: a.pregnant,
            breastfeeding: a.breastfeeding,
        },
        talk_to_clinic: r.talk_to_clinic,
        summary: r.summary,
    }
}

pub fn when_to_call(language: Language) -> WhenToCallView {
    use aftercare_core::escalation::{clinic_first, if_unreachable, when_to_call, WHEN_TO_CALL_FACTS};
    WhenToCallView {
        signs: when_to_call(language)
            .into_iter()
            .map(|(tier, text)| SignView { tier, text })
            .collect(),
        facts: facts(WHEN_TO_CALL_FACTS, language),
        clinic_first: clinic_first(language),
        if_unreachable: if_unreachable(language),
    }
}
