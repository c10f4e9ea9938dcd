//! The fact catalogue (`shared/reference/aftercare-facts.md`): every piece of advice
//! names the facts it rests on, so a client (or a clinician) can see why.

use aftercare_i18n::Language;
use serde::Serialize;

/// A fact the product's content rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub id: &'static str,
    /// Our own one-line summary, shown next to advice: a catalog id ([`Fact::summary_in`]).
    pub summary: &'static str,
}

impl Fact {
    /// The summary in `language`.
    pub fn summary_in(&self, language: Language) -> String {
        language.text(self.summary, &[])
    }
}

const fn f(id: &'static str, summary: &'static str) -> Fact {
    Fact { id, summary }
}

pub const FACTS: &[Fact] = &[
    f("F1", "fact-f1"),
    f("F2", "fact-f2"),
    f("F3", "fact-f3"),
    f("F4", "fact-f4"),
    f("F5", "fact-f5"),
    f("F6", "fact-f6"),
    f("F7", "fact-f7"),
    f("F8", "fact-f8"),
    f("F9", "fact-f9"),
    f("E1", "fact-e1"),
    f("E2", "fact-e2"),
    f("E3", "fact-e3"),
    f("E4", "fact-e4"),
    f("S1", "fact-s1"),
    f("S2", "fact-s2"),
    f("S3", "fact-s3"),
    f("S4", "fact-s4"),
    f("C1", "fact-c1"),
    f("C2", "fact-c2"),
    f("C3", "fact-c3"),
    f("R1", "fact-r1"),
    f("R2", "fact-r2"),
    f("R3", "fact-r3"),
];

pub fn lookup(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

pub fn is_known(id: &str) -> bool {
    lookup(id).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_matches_the_reference_ids() {
        let mut expected: Vec<String> = Vec::new();
        for (p, n) in [("F", 9), ("E", 4), ("S", 4), ("C", 3), ("R", 3)] {
            expected.extend((1..=n).map(|i| format!("{p}{i}")));
        }
        let ids: Vec<&str> = FACTS.iter().map(|f| f.id).collect();
        assert_eq!(ids, expected);
        assert!(is_known("F4"));
        assert!(!is_known("F10"));
        assert!(!is_known("f4"));
    }
}
