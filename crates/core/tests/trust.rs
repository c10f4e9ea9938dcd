//! Advice a client can trust: every answer agrees with every rule and fact behind it, and
//! every warning says who to call. Each test is named for the mistake it keeps out.

use std::collections::BTreeSet;

use aftercare_core::checkin::{settled, CheckInDraft, Symptoms};
use aftercare_core::escalation::{self, Clinic, WHEN_TO_CALL_FACTS};
use aftercare_core::redflag::Tier;
use aftercare_core::reminder::CHECKIN_RULE;
use aftercare_core::series::PLANNING_NOTES;
use aftercare_core::{
    assess, can_i, fact, screening, CheckIn, Preferences, Protocol, ReminderKind, ReminderPlan, Status, Strength,
    Timeline, Treatment, Verdict, Zone,
};
use aftercare_i18n::Language;
use jiff::civil::{date, time, Date};
use jiff::{SignedDuration, Timestamp};

fn berlin_friday() -> Treatment {
    let z = Zone::new("Europe/Berlin").expect("zone");
    Treatment::new(z.at(date(2026, 11, 20), time(14, 0, 0, 0)).expect("t").timestamp(), z)
}

fn hours_after(t: &Treatment, h: i64) -> Timestamp {
    t.ended_at + SignedDuration::from_hours(h)
}

fn on(day: i64, d: CheckInDraft) -> CheckIn {
    let date: Date = date(2026, 11, 20)
        .checked_add(jiff::Span::new().days(day - 1))
        .expect("date");
    CheckIn::new(date, &d).expect("valid")
}

fn redness(r: i64) -> CheckInDraft {
    CheckInDraft {
        redness: r,
        ..Default::default()
    }
}

#[test]
fn the_gym_between_48_and_72_hours_is_with_care_not_a_plain_yes() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    for h in [48, 60, 71] {
        let a = can_i(p, &t, "gym", hours_after(&t, h), None).expect("answer");
        assert_eq!(a.verdict, Verdict::WithCare, "at {h} h: {}", a.summary);
        assert_eq!(a.reasons.len(), 1);
        assert_eq!(a.reasons[0].rule, "sweat");
        assert_eq!(
            a.summary,
            "With care: keep sweating to a minimum until Mon 23 Nov, 14:00."
        );
        assert!(!a.summary.contains("nothing"), "no clearance-sounding words");
    }
    // The sauna question weighs sweating too; it ends with the longer of the two.
    let a = can_i(p, &t, "sauna", hours_after(&t, 10), None).expect("answer");
    let rules: Vec<&str> = a.reasons.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(rules, ["sauna-pool", "sweat"]);
}

#[test]
fn the_quick_questions_come_from_the_protocol_and_name_real_rules() {
    let p = Protocol::builtin();
    let ids: Vec<&str> = p.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["gym", "sauna-pool", "sun", "makeup", "actives"]);
    for q in &p.questions {
        assert!(q.rules.iter().all(|r| p.rule(r).is_some()), "{}", q.id);
        can_i(p, &berlin_friday(), &q.id, hours_after(&berlin_friday(), 1), None).expect("answers");
    }
    // A clinic file without questions gets one per rule that restricts.
    let clinic = Protocol::from_toml(
        r#"
format = 1
id = "clinic"
version = "1"
name = "Clinic"
[[rule]]
id = "swim"
category = "heat-water"
title = "No swimming"
advice = "Not for a week."
facts = []
strength = "avoid"
start = "0h"
end = "7d"
[[rule]]
id = "drink"
category = "hydration"
title = "Drink water"
advice = "Plenty."
facts = []
strength = "do"
start = "0h"
end = "7d"
"#,
        "clinic.toml",
    )
    .expect("loads");
    assert_eq!(clinic.questions.len(), 1);
    // Everyday words still find a clinic's own rules through their category.
    let t = berlin_friday();
    let a = can_i(&clinic, &t, "sauna", hours_after(&t, 1), None).expect("sauna finds the swim rule");
    assert_eq!(a.reasons[0].rule, "swim");
    assert_eq!(
        (clinic.questions[0].id.as_str(), clinic.questions[0].label.as_str()),
        ("swim", "No swimming")
    );
    let bad = Protocol::from_toml(
        &format!(
            "{}\n[[question]]\nid = \"gym-2\"\nlabel = \"Gym\"\nrules = [\"nope\"]\n",
            Protocol::builtin_source()
        ),
        "clinic.toml",
    )
    .expect_err("unknown rule");
    assert!(bad.message.contains("unknown rule \"nope\""), "{bad}");
}

#[test]
fn a_minimum_window_stays_on_with_care_while_the_last_check_in_is_red() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    let at = hours_after(&t, 24 * 4);
    let red = on(4, redness(2));
    // Sauna and pool: "at least a few days" (F3).
    let a = can_i(p, &t, "sauna", at, Some(&red)).expect("answer");
    assert_eq!(a.verdict, Verdict::WithCare, "{}", a.summary);
    assert_eq!(a.fine_from, None, "no date can be promised while the skin heals");
    assert!(a.summary.contains("still showed mild redness"), "{}", a.summary);
    let tl = Timeline::build(p, &t, at, Some(&red)).expect("timeline");
    let sauna = tl.entry("sauna-pool").expect("entry");
    assert_eq!((sauna.status, sauna.strength), (Status::Active, Strength::Limit));
    assert!(sauna.still_healing.is_some());
    // Symptoms count too; a calm check-in lets the window end as planned.
    let itchy = on(
        4,
        CheckInDraft {
            symptoms: Symptoms {
                itching: true,
                ..Default::default()
            },
            ..redness(1)
        },
    );
    assert_eq!(
        can_i(p, &t, "sauna", at, Some(&itchy)).expect("a").verdict,
        Verdict::WithCare
    );
    let calm = on(4, redness(1));
    assert_eq!(can_i(p, &t, "sauna", at, Some(&calm)).expect("a").verdict, Verdict::Yes);
    // A check-in from long before the window's end says nothing about now: day 1 is red anyway.
    let day_one_red = on(1, redness(3));
    assert_eq!(
        can_i(p, &t, "sauna", at, Some(&day_one_red)).expect("a").verdict,
        Verdict::Yes
    );
    // And the window does not stay on for ever: after a week more, lasting redness is a
    // warning sign of its own.
    let later = hours_after(&t, 24 * 11);
    assert_eq!(
        can_i(p, &t, "sauna", later, Some(&red)).expect("a").verdict,
        Verdict::Yes
    );
    // Windows the sources give as fixed (the sun's week, F4) are not stretched.
    let tl = Timeline::build(p, &t, hours_after(&t, 24 * 8), Some(&red)).expect("timeline");
    assert_eq!(tl.entry("sun").expect("sun").status, Status::Over);
    // The end reminder says "a little longer", not "fine again".
    let plan = ReminderPlan::build(p, &t, &Preferences::default(), &[red]).expect("plan");
    let end = plan
        .reminders
        .iter()
        .find(|r| r.rule == "sauna-pool" && r.kind == ReminderKind::End)
        .expect("end");
    assert_eq!(end.title, "No sauna, pools or hot tubs: a little longer");
    assert!(!end.body.contains("fine again"), "{}", end.body);
    let plan = ReminderPlan::build(p, &t, &Preferences::default(), &[calm]).expect("plan");
    let end = plan
        .reminders
        .iter()
        .find(|r| r.rule == "sauna-pool" && r.kind == ReminderKind::End)
        .expect("end");
    assert_eq!(end.title, "Sauna and pool OK again");
}

#[test]
fn getting_worse_is_judged_from_day_3() {
    let t = berlin_friday();
    let a = assess(&t, &[on(2, redness(2)), on(3, redness(3))]);
    assert_eq!(a.tier, Some(Tier::CallClinic));
    assert!(a.flags.iter().any(|f| f.code == "worsening"), "{:?}", a.flags);
    // Inside the first two days a rise is part of the course.
    assert_eq!(assess(&t, &[on(1, redness(2)), on(2, redness(3))]).tier, None);
}

#[test]
fn a_first_check_in_late_in_the_course_is_judged_against_the_expected_course() {
    let t = berlin_friday();
    let a = assess(&t, &[on(5, redness(4))]);
    assert_eq!(a.tier, Some(Tier::CallClinic), "severe on day 5, first logged");
    assert!(a.flags.iter().any(|f| f.code == "above-course"));
    assert_eq!(assess(&t, &[on(6, redness(3))]).tier, Some(Tier::CallClinic));
    // Within the usual spread, nothing.
    assert_eq!(assess(&t, &[on(5, redness(2))]).tier, None);
    assert_eq!(assess(&t, &[on(3, redness(3))]).tier, None);
    assert_eq!(assess(&t, &[on(1, redness(4))]).tier, None);
}

#[test]
fn check_in_reminders_go_on_past_day_7_until_two_calm_days_in_a_row() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    let days = |history: &[CheckIn]| -> Vec<u32> {
        ReminderPlan::build(p, &t, &Preferences::default(), history)
            .expect("plan")
            .reminders
            .iter()
            .filter(|r| r.rule == CHECKIN_RULE)
            .filter_map(|r| r.day)
            .collect()
    };
    let all: Vec<u32> = (1..=14).collect();
    assert_eq!(days(&[]), all);
    let still_red = [on(6, redness(1)), on(7, redness(2))];
    assert!(!settled(&still_red));
    assert_eq!(days(&still_red), all);
    let one_calm = [on(6, redness(2)), on(7, redness(1))];
    assert_eq!(days(&one_calm), all);
    let calm = [on(6, redness(1)), on(7, redness(0))];
    assert!(settled(&calm));
    assert_eq!(days(&calm), [1, 2, 3, 4, 5, 6, 7, 14]);
    let calm_but_spots = [
        on(6, redness(1)),
        on(
            7,
            CheckInDraft {
                symptoms: Symptoms {
                    bruising: true,
                    ..Default::default()
                },
                ..redness(0)
            },
        ),
    ];
    assert_eq!(days(&calm_but_spots), all);
}

#[test]
fn new_dark_patches_and_lasting_itchy_bumps_call_the_clinic() {
    let t = berlin_friday();
    let dark = assess(
        &t,
        &[on(
            3,
            CheckInDraft {
                symptoms: Symptoms {
                    dark_patches: true,
                    ..Default::default()
                },
                ..redness(1)
            },
        )],
    );
    assert_eq!(dark.tier, Some(Tier::CallClinic));
    assert_eq!(dark.flags[0].code, "dark-patches");
    let itch = |d| {
        on(
            d,
            CheckInDraft {
                symptoms: Symptoms {
                    itching: true,
                    ..Default::default()
                },
                ..redness(1)
            },
        )
    };
    assert_eq!(assess(&t, &[itch(5), itch(6)]).tier, Some(Tier::CallClinic));
}

#[test]
fn every_escalation_says_who_to_call_and_that_the_clinic_comes_first() {
    let t = berlin_friday();
    let clinic = Clinic {
        name: "Haut & Glow".into(),
        phone: "+49 30 1234567".into(),
    };
    let cases = [
        CheckInDraft {
            symptoms: Symptoms {
                breathing_trouble: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                pus: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                fever: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                red_streaks: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                blisters: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                dark_patches: true,
                ..Default::default()
            },
            ..redness(1)
        },
        CheckInDraft {
            symptoms: Symptoms {
                warmth: true,
                ..Default::default()
            },
            ..redness(1)
        },
        redness(4),
    ];
    for (i, case) in cases.into_iter().enumerate() {
        let a = assess(&t, &[on(5, case)]);
        let e =
            escalation::escalate(&a, &clinic, "112", Language::English).unwrap_or_else(|| panic!("case {i} escalates"));
        let lines = e.lines();
        assert!(lines.contains(&escalation::clinic_first(Language::English)), "case {i}");
        assert!(
            lines.contains(&escalation::if_unreachable(Language::English)),
            "case {i}"
        );
        assert!(
            lines.iter().any(|l| l.contains("+49 30 1234567")),
            "case {i}: {lines:?}"
        );
        if e.tier == Tier::Emergency {
            assert_eq!(lines[e.reasons.len() + 1], "Call 112 now.", "emergency first");
        }
        for f in &a.flags {
            assert!(f.reason.ends_with('.') && !f.facts.is_empty(), "{f:?}");
        }
    }
    let signs = escalation::when_to_call(Language::English);
    assert!(signs.iter().any(|(t, _)| *t == Tier::Emergency));
    assert!(signs.iter().any(|(_, s)| s.contains("dark patches")));
    assert!(signs.iter().any(|(_, s)| s.contains("Itchy bumps")));
    // Every sign, in every language, is a sentence of its own: none fell back to its id,
    // and German has its own words for each (none fell back to English).
    for language in Language::ALL {
        for (_, s) in escalation::when_to_call(language) {
            assert!(!s.starts_with("call-sign-") && s.ends_with('.'), "{language:?}: {s}");
        }
    }
    for ((tier, en), (tier_de, de)) in escalation::when_to_call(Language::English)
        .into_iter()
        .zip(escalation::when_to_call(Language::German))
    {
        assert_eq!(tier, tier_de, "the same urgency in both languages");
        assert_ne!(en, de, "no German words for: {en}");
    }
}

/// Every fact id the content cites, from every place content lives.
fn cited() -> BTreeSet<String> {
    let p = Protocol::builtin();
    let mut out = BTreeSet::new();
    for r in &p.rules {
        out.extend(r.facts.iter().cloned());
    }
    for n in &p.expected {
        out.extend(n.facts.iter().cloned());
    }
    for (_, facts) in PLANNING_NOTES {
        out.extend(facts.iter().map(|f| f.to_string()));
    }
    out.extend(WHEN_TO_CALL_FACTS.iter().map(|f| f.to_string()));
    out.extend(screening::QUESTIONS.iter().map(|q| q.fact.to_string()));
    let t = berlin_friday();
    let everything = CheckInDraft {
        breakouts: 2,
        symptoms: Symptoms {
            peeling: true,
            blisters: true,
            pus: true,
            ..Default::default()
        },
        ..redness(2)
    };
    for f in assess(&t, &[on(3, everything)]).flags {
        out.extend(f.facts.iter().map(|f| f.to_string()));
    }
    out
}

#[test]
fn the_content_cites_known_facts_and_every_fact_is_used() {
    let p = Protocol::builtin();
    for r in &p.rules {
        assert!(!r.facts.is_empty(), "rule {} cites no fact", r.id);
        assert!(r.facts.iter().all(|f| fact::is_known(f)), "rule {}", r.id);
    }
    let known: BTreeSet<String> = fact::FACTS.iter().map(|f| f.id.to_string()).collect();
    let cited = cited();
    let unused: Vec<&String> = known.difference(&cited).collect();
    assert!(unused.is_empty(), "facts no content uses: {unused:?}");
    assert!(cited.is_subset(&known));
}

#[test]
fn advice_does_not_claim_what_its_facts_do_not_say() {
    let p = Protocol::builtin();
    // Tips beyond the facts live in `tip`, shown without a fact id.
    for word in ["sunscreen", " hat", "pillowcase", "phone", "retinoid", "pat dry"] {
        for r in &p.rules {
            for text in [Some(&r.advice), r.start_message.as_ref(), r.end_message.as_ref()]
                .into_iter()
                .flatten()
            {
                assert!(
                    !text.to_lowercase().contains(word),
                    "rule {}: \"{text}\" says {word}",
                    r.id
                );
            }
        }
    }
    assert!(p
        .rules
        .iter()
        .any(|r| r.tip.as_deref().is_some_and(|t| t.contains("hat"))));
    // E4 says fine lines can look softer soon; nothing promises a later "full effect".
    for n in &p.expected {
        assert!(!n.text.contains("full effect"), "{}", n.title);
    }
    // R1 is part of "normal on day N".
    assert!(p.expected_on(3).any(|n| n.facts.iter().any(|f| f == "R1")));
}

#[test]
fn what_is_normal_never_names_a_warning_sign() {
    // R3's signs worth a call: a note on the expected course ("normal on day N") that
    // named one would tell a client to wait it out. Warmth once read "a light throbbing
    // or warmth is normal" under F9, which says throbbing only.
    let signs = [
        (
            Language::English,
            [
                "warm",
                "pus",
                "crust",
                "streak",
                "fever",
                "chill",
                "blister",
                "dark patch",
            ],
        ),
        (
            Language::German,
            [
                "wärm",
                "eiter",
                "kruste",
                "streifen",
                "fieber",
                "schüttelfrost",
                "bläschen",
                "dunkle fleck",
            ],
        ),
    ];
    for (language, words) in signs {
        let p = Protocol::builtin().in_language(language);
        for n in &p.expected {
            let said = format!("{} {}", n.title, n.text).to_lowercase();
            for word in words {
                assert!(
                    !said.contains(word),
                    "{language:?} \"{}\" names {word}: {said}",
                    n.title
                );
            }
        }
    }
    // Nor the wording beyond a fact: E1 says a sunburn, R1 bleeding, E2 nothing of picking;
    // the check-in's self-care notes on spots (E2) and irritation (R1, F5) neither.
    for id in ["flag-breakouts", "flag-irritation"] {
        let said = Language::English.text(id, &[]).to_lowercase();
        for beyond in ["pick", "hands", "pin-point"] {
            assert!(!said.contains(beyond), "{id}: {said}");
        }
    }
    let p = Protocol::builtin();
    for n in &p.expected {
        for beyond in ["mild sunburn", "pin-point", "pick"] {
            assert!(
                !n.text.contains(beyond) && !n.title.contains(beyond),
                "{}: {beyond}",
                n.title
            );
        }
    }
}

#[test]
fn the_card_and_the_answer_count_down_alike_at_the_same_instant() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    // Instants that round differently under "round down" and "round to nearest".
    for minutes in [1, 59, 61, 17 * 60 + 20, 17 * 60 + 40, 47 * 60 + 59, 100 * 60 + 1] {
        let at = t.ended_at + SignedDuration::from_mins(minutes) + SignedDuration::from_secs(17);
        let card = Timeline::build(p, &t, at, None).expect("timeline");
        let left = card.entry("sun").and_then(|e| e.time_left.clone()).expect("sun is on");
        let answer = can_i(p, &t, "sun", at, None).expect("answer");
        assert!(
            answer.summary.ends_with(&format!("(in {left}).")),
            "at {minutes} min: card says {left}, answer says {}",
            answer.summary
        );
    }
}
