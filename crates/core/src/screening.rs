//! Screening before booking (C1-C3): answers that mean "talk to your clinic first".

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScreeningAnswers {
    pub active_cold_sores: bool,
    pub cystic_acne: bool,
    pub psoriasis: bool,
    pub eczema: bool,
    pub pregnant: bool,
    pub breastfeeding: bool,
}

/// One question of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// The answer's field name.
    pub field: &'static str,
    pub text: &'static str,
    /// Why a "yes" matters.
    pub why: &'static str,
    pub fact: &'static str,
}

pub const QUESTIONS: [Question; 6] = [
    Question {
        field: "active_cold_sores",
        text: "Do you have a cold sore right now?",
        why: "needling can spread or inflame an active cold sore",
        fact: "C1",
    },
    Question {
        field: "cystic_acne",
        text: "Do you have active cystic acne?",
        why: "needling can spread or inflame active cystic acne",
        fact: "C1",
    },
    Question {
        field: "psoriasis",
        text: "Do you have psoriasis?",
        why: "micro-needling is generally not advised with psoriasis",
        fact: "C2",
    },
    Question {
        field: "eczema",
        text: "Do you have eczema?",
        why: "micro-needling is generally not advised with eczema",
        fact: "C2",
    },
    Question {
        field: "pregnant",
        text: "Are you pregnant?",
        why: "the numbing cream is not approved during pregnancy",
        fact: "C3",
    },
    Question {
        field: "breastfeeding",
        text: "Are you breastfeeding?",
        why: "the numbing cream is not approved while breastfeeding",
        fact: "C3",
    },
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningResult {
    pub talk_to_clinic: bool,
    /// The answers that caused it, in checklist order.
    pub causes: Vec<Question>,
    pub summary: String,
}

impl ScreeningAnswers {
    fn answer(&self, field: &str) -> bool {
        match field {
            "active_cold_sores" => self.active_cold_sores,
            "cystic_acne" => self.cystic_acne,
            "psoriasis" => self.psoriasis,
            "eczema" => self.eczema,
            "pregnant" => self.pregnant,
            "breastfeeding" => self.breastfeeding,
            _ => false,
        }
    }

    pub fn result(&self) -> ScreeningResult {
        let causes: Vec<Question> = QUESTIONS.iter().filter(|q| self.answer(q.field)).copied().collect();
        let summary = if causes.is_empty() {
            "None of these applies to you. Your clinic decides, and will still check at your appointment.".to_string()
        } else {
            let whys: Vec<&str> = causes.iter().map(|q| q.why).collect();
            format!("Talk to your clinic before booking: {}.", whys.join("; "))
        };
        ScreeningResult {
            talk_to_clinic: !causes.is_empty(),
            causes,
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clear_answers_pass() {
        let r = ScreeningAnswers::default().result();
        assert!(!r.talk_to_clinic);
        assert!(r.causes.is_empty());
    }

    #[test]
    fn each_yes_is_named_with_its_fact() {
        let all = [
            (
                ScreeningAnswers {
                    active_cold_sores: true,
                    ..Default::default()
                },
                "active_cold_sores",
                "C1",
            ),
            (
                ScreeningAnswers {
                    cystic_acne: true,
                    ..Default::default()
                },
                "cystic_acne",
                "C1",
            ),
            (
                ScreeningAnswers {
                    psoriasis: true,
                    ..Default::default()
                },
                "psoriasis",
                "C2",
            ),
            (
                ScreeningAnswers {
                    eczema: true,
                    ..Default::default()
                },
                "eczema",
                "C2",
            ),
            (
                ScreeningAnswers {
                    pregnant: true,
                    ..Default::default()
                },
                "pregnant",
                "C3",
            ),
            (
                ScreeningAnswers {
                    breastfeeding: true,
                    ..Default::default()
                },
                "breastfeeding",
                "C3",
            ),
        ];
        for (a, field, fact) in all {
            let r = a.result();
            assert!(r.talk_to_clinic, "{field}");
            assert_eq!(r.causes.len(), 1);
            assert_eq!((r.causes[0].field, r.causes[0].fact), (field, fact));
            assert!(r.summary.contains(r.causes[0].why));
        }
        let two = ScreeningAnswers {
            eczema: true,
            pregnant: true,
            ..Default::default()
        }
        .result();
        assert_eq!(
            two.causes.iter().map(|q| q.field).collect::<Vec<_>>(),
            vec!["eczema", "pregnant"]
        );
    }
}
