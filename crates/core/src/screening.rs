//! Screening before booking (C1-C3): answers that mean "talk to your clinic first".

use aftercare_i18n::{Arg, Language};
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
    /// The question: a catalog id ([`Question::text_in`]).
    pub text: &'static str,
    /// Why a "yes" matters: a catalog id.
    pub why: &'static str,
    pub fact: &'static str,
}

impl Question {
    /// The question in `language`.
    pub fn text_in(&self, language: Language) -> String {
        language.text(self.text, &[])
    }

    /// Why a "yes" matters, in `language`.
    pub fn why_in(&self, language: Language) -> String {
        language.text(self.why, &[])
    }
}

pub const QUESTIONS: [Question; 6] = [
    Question {
        field: "active_cold_sores",
        text: "screening-cold-sore",
        why: "screening-cold-sore-why",
        fact: "C1",
    },
    Question {
        field: "cystic_acne",
        text: "screening-cystic-acne",
        why: "screening-cystic-acne-why",
        fact: "C1",
    },
    Question {
        field: "psoriasis",
        text: "screening-psoriasis",
        why: "screening-psoriasis-why",
        fact: "C2",
    },
    Question {
        field: "eczema",
        text: "screening-eczema",
        why: "screening-eczema-why",
        fact: "C2",
    },
    Question {
        field: "pregnant",
        text: "screening-pregnant",
        why: "screening-pregnant-why",
        fact: "C3",
    },
    Question {
        field: "breastfeeding",
        text: "screening-breastfeeding",
        why: "screening-breastfeeding-why",
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

    /// What the answers mean, in `language`.
    pub fn result(&self, language: Language) -> ScreeningResult {
        let causes: Vec<Question> = QUESTIONS.iter().filter(|q| self.answer(q.field)).copied().collect();
        let summary = if causes.is_empty() {
            language.text("screening-clear", &[])
        } else {
            let whys: Vec<String> = causes.iter().map(|q| q.why_in(language)).collect();
            language.text("screening-talk-first", &[("reasons", Arg::Text(whys.join("; ")))])
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
        let r = ScreeningAnswers::default().result(Language::English);
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
            let r = a.result(Language::English);
            assert!(r.talk_to_clinic, "{field}");
            assert_eq!(r.causes.len(), 1);
            assert_eq!((r.causes[0].field, r.causes[0].fact), (field, fact));
            assert!(r.summary.contains(&r.causes[0].why_in(Language::English)));
            let de = a.result(Language::German);
            assert!(de.summary.starts_with("Sprechen Sie vor der Buchung"), "{}", de.summary);
            assert!(de.summary.contains(&r.causes[0].why_in(Language::German)));
        }
        let two = ScreeningAnswers {
            eczema: true,
            pregnant: true,
            ..Default::default()
        }
        .result(Language::English);
        assert_eq!(
            two.causes.iter().map(|q| q.field).collect::<Vec<_>>(),
            vec!["eczema", "pregnant"]
        );
    }
}
