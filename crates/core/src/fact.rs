//! The fact catalogue (`shared/reference/aftercare-facts.md`): every piece of advice
//! names the facts it rests on, so a client (or a clinician) can see why.

use serde::Serialize;

/// A fact the product's content rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub id: &'static str,
    /// Our own one-line summary, shown next to advice.
    pub summary: &'static str,
}

const fn f(id: &'static str, summary: &'static str) -> Fact {
    Fact { id, summary }
}

pub const FACTS: &[Fact] = &[
    f("F1", "Skip the gym and hard exercise for the first 24-48 hours; gentle movement only."),
    f("F2", "Avoid sweating and exercise for a few days, until the skin has healed."),
    f("F3", "Keep away from saunas, shared pools and hot tubs for at least a few days."),
    f("F4", "Keep out of direct sunlight for the first week."),
    f("F5", "Use only mild cleansers and gentle moisturisers; clean skin helps prevent infection."),
    f("F6", "Skip make-up for the first couple of days; if you must, use a little that won't clog pores."),
    f("F7", "Leave out alcohol-based products and active ingredients for the first couple of days."),
    f("F8", "Drink plenty of water while the skin heals."),
    f("F9", "Numbing cream wears off within a few hours; a light throbbing afterwards is normal."),
    f("E1", "Skin looks sunburnt at first; the redness fades steadily over about a week."),
    f("E2", "A few small spots can appear in the first week; they are usually minor and pass quickly."),
    f("E3", "Most people carry on with daily life straight away; care matters most in the first days."),
    f("E4", "Fine lines can look softer and skin fuller soon after one session."),
    f("S1", "Best results come from 3 sessions 4-6 weeks apart, at least a month between them."),
    f("S2", "Some people need more: monthly sessions, from 3 up to about 12."),
    f("S3", "Once the goal is reached, one maintenance session every 3-6 months."),
    f("S4", "Don't book a session just before an event that needs make-up or a beach trip."),
    f("C1", "Not advised with active cold sores or cystic acne."),
    f("C2", "Usually not advised with psoriasis or eczema."),
    f("C3", "Not for pregnant or breastfeeding clients (numbing cream is not approved)."),
    f("R1", "Mild irritation is the usual side effect; bruising, bleeding or peeling are less common; infection is rare."),
    f("R2", "Home rollers must be disinfected after every use."),
    f("R3", "Call the clinic if things get worse after 2-3 days, or with pus, red streaks, fever, blisters, or redness past a week; trouble breathing is an emergency."),
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
