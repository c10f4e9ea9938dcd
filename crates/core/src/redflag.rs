//! Red flags: when what the client logs is not the expected course, and whom to call.
//!
//! The latest check-in is read against the expected course (E1: redness fades over a
//! week) and against the check-in before it. Day numbers stand in for elapsed time
//! because check-ins are per local date: "after 48-72 hours" (R3) starts on day 3, the
//! cautious end of that range.

use aftercare_i18n::{Arg, Language};
use serde::Serialize;

use crate::checkin::{expected_redness, CheckIn};
use crate::treatment::Treatment;

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// Expected or minor: what to do at home.
    SelfCare,
    /// Call the clinic today.
    CallClinic,
    /// Get emergency help now.
    Emergency,
}

impl Tier {
    /// The tier in English.
    pub fn label(self) -> String {
        self.label_in(Language::English)
    }

    /// The tier in words: "Call your clinic today".
    pub fn label_in(self, language: Language) -> String {
        language.text(
            match self {
                Tier::SelfCare => "tier-self-care",
                Tier::CallClinic => "tier-call-clinic",
                Tier::Emergency => "tier-emergency",
            },
            &[],
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlag {
    /// Stable code for the UI and tests.
    pub code: &'static str,
    pub tier: Tier,
    pub reason: String,
    pub facts: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The highest tier among the flags; `None` when all is as expected.
    pub tier: Option<Tier>,
    /// Highest tier first.
    pub flags: Vec<RedFlag>,
    /// Day number of the check-in assessed.
    pub day: Option<i64>,
}

/// How far above the expected course (E1) a day's redness may be before it is a warning sign:
/// two steps of the scale, so severe redness on day 4 or moderate on day 6 raises one, even on
/// the first check-in, while the usual day-to-day spread does not.
const ABOVE_COURSE: f32 = 2.0;

fn flag(code: &'static str, tier: Tier, reason: impl Into<String>, facts: &[&'static str]) -> RedFlag {
    RedFlag {
        code,
        tier,
        reason: reason.into(),
        facts: facts.to_vec(),
    }
}

/// Reads the latest check-in of `history` (any order) against the expected course, in English.
pub fn assess(treatment: &Treatment, history: &[CheckIn]) -> Assessment {
    assess_in(treatment, history, Language::English)
}

/// Reads the latest check-in of `history` (any order) against the expected course; the
/// reasons in `language`.
pub fn assess_in(treatment: &Treatment, history: &[CheckIn], language: Language) -> Assessment {
    let say = |id: &str, args: &[(&str, Arg)]| language.text(id, args);
    let list = |ids: &[&str]| ids.iter().map(|id| say(id, &[])).collect::<Vec<_>>().join(", ");
    let redness = |c: &CheckIn| c.redness.word(language);
    let mut sorted: Vec<&CheckIn> = history.iter().collect();
    sorted.sort_by_key(|c| c.date);
    let Some(latest) = sorted.last().copied() else {
        return Assessment {
            tier: None,
            flags: Vec::new(),
            day: None,
        };
    };
    let previous = sorted.len().checked_sub(2).map(|i| sorted[i]);
    let day = treatment.day_of(latest.date);
    let mut flags = Vec::new();

    if latest.symptoms.breathing_trouble {
        flags.push(flag("breathing", Tier::Emergency, say("flag-breathing", &[]), &["R3"]));
    }
    if latest.symptoms.pus || latest.symptoms.red_streaks || latest.symptoms.fever {
        let mut signs = Vec::new();
        if latest.symptoms.pus {
            signs.push("sign-pus");
        }
        if latest.symptoms.red_streaks {
            signs.push("sign-red-streaks");
        }
        if latest.symptoms.fever {
            signs.push("sign-fever");
        }
        let signs = Arg::Text(capitalise(&list(&signs)));
        flags.push(flag(
            "infection",
            Tier::CallClinic,
            say("flag-infection", &[("signs", signs)]),
            &["R3", "R1"],
        ));
    }
    if latest.symptoms.blisters {
        flags.push(flag(
            "blisters",
            Tier::CallClinic,
            say("flag-blisters", &[]),
            &["R3", "C1"],
        ));
    }
    if day >= 3 {
        if let Some(prev) = previous {
            let mut worse = Vec::new();
            if latest.redness > prev.redness {
                worse.push("worse-redness");
            }
            if latest.swelling > prev.swelling {
                worse.push("worse-swelling");
            }
            if latest.pain > prev.pain {
                worse.push("worse-pain");
            }
            if !worse.is_empty() {
                let args = [("what", Arg::Text(list(&worse))), ("day", Arg::Number(day as f64))];
                flags.push(flag(
                    "worsening",
                    Tier::CallClinic,
                    say("flag-worsening", &args),
                    &["R3", "E1"],
                ));
            }
        }
        if (1..=7).contains(&day) && f32::from(latest.redness.score()) >= expected_redness(day) + ABOVE_COURSE {
            flags.push(flag(
                "above-course",
                Tier::CallClinic,
                say(
                    "flag-above-course",
                    &[
                        ("redness", Arg::Text(redness(latest))),
                        ("day", Arg::Number(day as f64)),
                    ],
                ),
                &["R3", "E1"],
            ));
        }
    }
    if latest.symptoms.dark_patches {
        flags.push(flag(
            "dark-patches",
            Tier::CallClinic,
            say("flag-dark-patches", &[]),
            &["R3"],
        ));
    }
    if day >= 4 {
        if latest.symptoms.warmth {
            flags.push(flag(
                "warmth",
                Tier::CallClinic,
                say("flag-warmth", &[("day", Arg::Number(day as f64))]),
                &["R3"],
            ));
        }
        if latest.symptoms.itching && previous.is_some_and(|p| p.symptoms.itching && treatment.day_of(p.date) >= 4) {
            flags.push(flag("itching", Tier::CallClinic, say("flag-itching", &[]), &["R3"]));
        }
    }
    if day >= 8 && latest.redness.score() >= 2 {
        flags.push(flag(
            "redness-past-week",
            Tier::CallClinic,
            say(
                "flag-redness-past-week",
                &[
                    ("redness", Arg::Text(redness(latest))),
                    ("day", Arg::Number(day as f64)),
                ],
            ),
            &["R3", "E1"],
        ));
    }
    if day <= 7 && latest.breakouts > 0 {
        flags.push(flag("breakouts", Tier::SelfCare, say("flag-breakouts", &[]), &["E2"]));
    }
    if latest.symptoms.bruising || latest.symptoms.bleeding || latest.symptoms.peeling {
        flags.push(flag(
            "irritation",
            Tier::SelfCare,
            say("flag-irritation", &[]),
            &["R1", "F5"],
        ));
    }
    flags.sort_by_key(|f| std::cmp::Reverse(f.tier));
    Assessment {
        tier: flags.first().map(|f| f.tier),
        flags,
        day: Some(day),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::{CheckInDraft, Symptoms};
    use crate::time::Zone;
    use jiff::civil::{date, time, Date};

    fn treatment() -> Treatment {
        let z = Zone::new("Europe/Berlin").expect("zone");
        Treatment::new(z.at(date(2026, 11, 20), time(14, 0, 0, 0)).expect("t").timestamp(), z)
    }

    fn on(day: i64, d: CheckInDraft) -> CheckIn {
        let date: Date = date(2026, 11, 20)
            .checked_add(jiff::Span::new().days(day - 1))
            .expect("date");
        CheckIn::new(date, &d).expect("valid")
    }

    fn base(redness: i64) -> CheckInDraft {
        CheckInDraft {
            redness,
            ..Default::default()
        }
    }

    fn codes(a: &Assessment) -> Vec<&'static str> {
        a.flags.iter().map(|f| f.code).collect()
    }

    #[test]
    fn expected_course_raises_nothing() {
        let h: Vec<CheckIn> = (1..=8).map(|d| on(d, base((4 - d / 2).max(0)))).collect();
        let a = assess(&treatment(), &h);
        assert_eq!(a.tier, None, "{:?}", a.flags);
        assert_eq!(a.day, Some(8));
        assert_eq!(assess(&treatment(), &[]).tier, None);
    }

    #[test]
    fn worse_after_three_days_calls_the_clinic() {
        let h = vec![
            on(3, base(2)),
            on(
                4,
                CheckInDraft {
                    redness: 3,
                    pain: 2,
                    ..Default::default()
                },
            ),
        ];
        let a = assess(&treatment(), &h);
        assert_eq!(a.tier, Some(Tier::CallClinic));
        assert_eq!(codes(&a), vec!["worsening"]);
        assert!(a.flags[0].reason.contains("redness, pain"));
        // The same rise inside the first three days is expected swelling of the course.
        let early = vec![on(1, base(2)), on(2, base(3))];
        assert_eq!(assess(&treatment(), &early).tier, None);
    }

    #[test]
    fn redness_past_a_week() {
        let a = assess(&treatment(), &[on(8, base(2))]);
        assert_eq!(codes(&a), vec!["redness-past-week"]);
        assert!(a.flags[0].reason.contains("mild"));
        assert_eq!(assess(&treatment(), &[on(8, base(1))]).tier, None);
        assert_eq!(assess(&treatment(), &[on(7, base(2))]).tier, None);
    }

    #[test]
    fn infection_signs_blisters_and_emergency() {
        let a = assess(
            &treatment(),
            &[on(
                2,
                CheckInDraft {
                    symptoms: Symptoms {
                        pus: true,
                        fever: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )],
        );
        assert_eq!(codes(&a), vec!["infection"]);
        assert!(a.flags[0].reason.starts_with("Pus or yellow crusts, fever or chills"));
        let a = assess(
            &treatment(),
            &[on(
                2,
                CheckInDraft {
                    symptoms: Symptoms {
                        red_streaks: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )],
        );
        assert_eq!(codes(&a), vec!["infection"]);
        let a = assess(
            &treatment(),
            &[on(
                2,
                CheckInDraft {
                    symptoms: Symptoms {
                        blisters: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )],
        );
        assert_eq!((a.tier, codes(&a)), (Some(Tier::CallClinic), vec!["blisters"]));
        let a = assess(
            &treatment(),
            &[on(
                1,
                CheckInDraft {
                    symptoms: Symptoms {
                        breathing_trouble: true,
                        blisters: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )],
        );
        assert_eq!(a.tier, Some(Tier::Emergency));
        assert_eq!(codes(&a), vec!["breathing", "blisters"], "highest tier first");
    }

    #[test]
    fn late_warmth_and_persistent_itching() {
        assert_eq!(
            assess(
                &treatment(),
                &[on(
                    1,
                    CheckInDraft {
                        symptoms: Symptoms {
                            warmth: true,
                            ..Default::default()
                        },
                        ..base(3)
                    }
                )]
            )
            .tier,
            None
        );
        assert_eq!(
            codes(&assess(
                &treatment(),
                &[on(
                    5,
                    CheckInDraft {
                        symptoms: Symptoms {
                            warmth: true,
                            ..Default::default()
                        },
                        ..base(1)
                    }
                )]
            )),
            vec!["warmth"]
        );
        let itch = |d| {
            on(
                d,
                CheckInDraft {
                    symptoms: Symptoms {
                        itching: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )
        };
        assert_eq!(
            assess(&treatment(), &[itch(5)]).tier,
            None,
            "one itchy day is not persistent"
        );
        assert_eq!(codes(&assess(&treatment(), &[itch(5), itch(6)])), vec!["itching"]);
    }

    #[test]
    fn self_care_notes() {
        let a = assess(
            &treatment(),
            &[on(
                3,
                CheckInDraft {
                    breakouts: 2,
                    symptoms: Symptoms {
                        peeling: true,
                        ..Default::default()
                    },
                    ..base(1)
                },
            )],
        );
        assert_eq!(a.tier, Some(Tier::SelfCare));
        assert_eq!(codes(&a), vec!["breakouts", "irritation"]);
        assert!(a.flags.iter().all(|f| !f.facts.is_empty()));
    }

    #[test]
    fn only_the_latest_checkin_is_judged_whatever_the_order() {
        let h = vec![
            on(6, base(1)),
            on(
                2,
                CheckInDraft {
                    symptoms: Symptoms {
                        pus: true,
                        ..Default::default()
                    },
                    ..base(2)
                },
            ),
        ];
        assert_eq!(assess(&treatment(), &h).tier, None);
    }

    #[test]
    fn the_reasons_are_in_the_clients_language_and_the_flags_the_same() {
        let d = CheckInDraft {
            symptoms: Symptoms {
                pus: true,
                fever: true,
                ..Default::default()
            },
            breakouts: 2,
            ..base(3)
        };
        let h = vec![on(2, base(1)), on(5, d)];
        let en = assess(&treatment(), &h);
        let de = assess_in(&treatment(), &h, Language::German);
        assert_eq!(codes(&en), codes(&de), "the same flags, whatever the language");
        assert_eq!((en.tier, en.day), (de.tier, de.day));
        let infection = de.flags.iter().find(|f| f.code == "infection").expect("infection");
        assert_eq!(
            infection.reason,
            "Eiter oder gelbe Krusten, Fieber oder Schüttelfrost können Zeichen einer Infektion sein. Rufen Sie heute Ihre Praxis an."
        );
        let worse = de.flags.iter().find(|f| f.code == "worsening").expect("worsening");
        assert!(
            worse.reason.starts_with("An Tag 5 wurde es schlimmer: Rötung."),
            "{}",
            worse.reason
        );
        for (a, b) in en.flags.iter().zip(&de.flags) {
            assert_ne!(a.reason, b.reason, "{}: no German words", a.code);
        }
        assert_eq!(
            Tier::CallClinic.label_in(Language::German),
            "Rufen Sie heute Ihre Praxis an"
        );
    }
}
