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
    }
}

pub fn facts<S: AsRef<str>>(ids: &[S]) -> Vec<FactView> {
    ids.iter()
        .filter_map(|id| aftercare_core::fact::lookup(id.as_ref()))
        .map(|f| FactView {
            id: f.id.into(),
            summary: f.summary.into(),
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
        end_title: end_title.map_or_else(|| format!("{}: over", e.title), str::to_string),
        facts: facts(&e.facts),
        still_healing: e.still_healing.clone(),
        tip: e.tip.clone(),
    }
}

pub fn clinic(c: &aftercare_core::escalation::Clinic) -> ClinicView {
    ClinicView {
        name: c.name.clone(),
        phone: c.phone.clone(),
    }
}

/// An assessment as the UI shows it, with who to call from the client's settings.
pub fn alert(a: &Assessment, settings: &aftercare_core::Settings) -> AlertView {
    let escalation =
        aftercare_core::escalation::escalate(a, &settings.clinic(), &settings.emergency_number()).map(|e| {
            EscalationView {
                tier: e.tier,
                headline: e.headline.into(),
                reasons: e.reasons,
                first_step: e.first_step,
                emergency_first: e.emergency_first,
                emergency_number: e.emergency_number,
                clinic: clinic(&e.clinic),
                clinic_first: e.clinic_first.into(),
                if_unreachable: e.if_unreachable.into(),
            }
        });
    AlertView {
        escalation,
        tier: a.tier,
        label: a.tier.map(|t| t.label().to_string()),
        flags: a
            .flags
            .iter()
            .map(|f| FlagView {
                code: f.code.into(),
                tier: f.tier,
                reason: f.reason.clone(),
                facts: facts(&f.facts),
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
        redness_label: c.redness.label().into(),
        breakouts: n(c.breakouts),
        swelling: i32::from(c.swelling),
        pain: i32::from(c.pain),
        warmth: c.warmth,
        itching: c.itching,
        peeling: c.peeling,
        bruising: c.bruising,
        bleeding: c.bleeding,
        pus: c.pus,
        red_streaks: c.red_streaks,
        blisters: c.blisters,
        fever: c.fever,
        breathing_trouble: c.breathing_trouble,
        dark_patches: c.dark_patches,
        notes: c.notes.clone(),
        updated: moment(updated, &treatment.zone, language),
    }
}

/// How many of the yes/no symptoms a check-in ticked.
pub fn symptom_count(c: &CheckIn) -> i32 {
    [
        c.warmth,
        c.itching,
        c.peeling,
        c.bruising,
        c.bleeding,
        c.pus,
        c.red_streaks,
        c.blisters,
        c.fever,
        c.breathing_trouble,
        c.dark_patches,
    ]
    .iter()
    .filter(|b| **b)
    .count() as i32
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

pub fn screening(a: &ScreeningAnswers) -> ScreeningView {
    let r = a.result();
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

pub fn when_to_call() -> WhenToCallView {
    use aftercare_core::escalation::{CLINIC_FIRST, IF_UNREACHABLE, WHEN_TO_CALL, WHEN_TO_CALL_FACTS};
    WhenToCallView {
        signs: WHEN_TO_CALL
            .iter()
            .map(|(tier, text)| SignView {
                tier: *tier,
                text: (*text).into(),
            })
            .collect(),
        facts: facts(WHEN_TO_CALL_FACTS),
        clinic_first: CLINIC_FIRST.into(),
        if_unreachable: IF_UNREACHABLE.into(),
    }
}
