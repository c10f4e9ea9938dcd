//! Who to call, and what comes first: one place for the words every warning carries.
//!
//! Every screen that escalates (Today, the check-in result, the command line's history)
//! shows the same [`Escalation`]: the tier in words, the reasons, the clinic with its number,
//! that the clinic's instructions come first, and what to do if the clinic can't be reached.
//! In an emergency the emergency number comes first, the clinic second.

use aftercare_i18n::{Arg, Language};
use serde::Serialize;

use crate::redflag::{Assessment, Tier};
use crate::time::Zone;
use crate::Error;

/// Shown with every warning, and with the "when to call" list.
pub fn clinic_first(language: Language) -> String {
    language.text("call-clinic-first", &[])
}

/// What to do when the clinic does not answer.
pub fn if_unreachable(language: Language) -> String {
    language.text("call-if-unreachable", &[])
}

/// The signs worth a call (R3), with how urgent each is, as catalog ids.
const WHEN_TO_CALL: &[(Tier, &str)] = &[
    (Tier::Emergency, "call-sign-breathing"),
    (Tier::CallClinic, "call-sign-worsening"),
    (Tier::CallClinic, "call-sign-infection"),
    (Tier::CallClinic, "call-sign-blisters"),
    (Tier::CallClinic, "call-sign-itching"),
    (Tier::CallClinic, "call-sign-redness-week"),
    (Tier::CallClinic, "call-sign-dark-patches"),
];

/// The signs worth a call (R3), in the client's words, with how urgent each is. Always one tap
/// away from Today, not only after a check-in raised one.
pub fn when_to_call(language: Language) -> Vec<(Tier, String)> {
    WHEN_TO_CALL
        .iter()
        .map(|(tier, id)| (*tier, language.text(id, &[])))
        .collect()
}

/// Facts the "when to call" list rests on.
pub const WHEN_TO_CALL_FACTS: &[&str] = &["R3"];

/// The clinic as the client entered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clinic {
    /// Empty when not entered: words then say "your clinic".
    pub name: String,
    /// Empty when not entered.
    pub phone: String,
}

impl Clinic {
    /// "Haut & Glow", or "your clinic".
    pub fn called(&self, language: Language) -> String {
        if self.name.trim().is_empty() {
            language.text("call-your-clinic", &[])
        } else {
            self.name.trim().to_string()
        }
    }
}

/// What a warning shows, whatever shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Escalation {
    pub tier: Tier,
    /// The tier in words: "Call your clinic today".
    pub headline: String,
    /// Highest tier first.
    pub reasons: Vec<String>,
    /// The first thing to do, as one line: call the emergency number, or the clinic.
    pub first_step: String,
    /// After the emergency number: call the clinic too. `None` when the clinic is the first step.
    pub then_step: Option<String>,
    /// Whether the emergency number comes first (trouble breathing).
    pub emergency_first: bool,
    pub emergency_number: String,
    pub clinic: Clinic,
    pub clinic_first: String,
    pub if_unreachable: String,
}

/// The escalation for an assessment, or `None` when nothing needs a call (self-care notes
/// are shown as they are, without alarm); its words in `language` (the assessment's reasons
/// are in the language it was made in: [`crate::redflag::assess_in`]).
pub fn escalate(a: &Assessment, clinic: &Clinic, emergency_number: &str, language: Language) -> Option<Escalation> {
    let tier = a.tier.filter(|t| *t >= Tier::CallClinic)?;
    let emergency_first = tier == Tier::Emergency;
    let called = Arg::Text(clinic.called(language));
    let first_step = if emergency_first {
        language.text(
            "warning-first-emergency",
            &[("number", Arg::Text(emergency_number.into()))],
        )
    } else if clinic.phone.is_empty() {
        language.text("warning-first-clinic", &[("clinic", called)])
    } else {
        let phone = Arg::Text(clinic.phone.clone());
        language.text("warning-first-clinic-number", &[("clinic", called), ("phone", phone)])
    };
    let then_step = emergency_first.then(|| {
        let called = Arg::Text(clinic.called(language));
        if clinic.phone.is_empty() {
            language.text("warning-then-call", &[("clinic", called)])
        } else {
            let phone = Arg::Text(clinic.phone.clone());
            language.text("warning-then-call-number", &[("clinic", called), ("phone", phone)])
        }
    });
    Some(Escalation {
        tier,
        headline: tier.label_in(language),
        reasons: a.flags.iter().map(|f| f.reason.clone()).collect(),
        first_step,
        then_step,
        emergency_first,
        emergency_number: emergency_number.to_string(),
        clinic: clinic.clone(),
        clinic_first: clinic_first(language),
        if_unreachable: if_unreachable(language),
    })
}

impl Escalation {
    /// The escalation as plain lines, for a terminal.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![self.headline.to_string()];
        out.extend(self.reasons.iter().map(|r| format!("  - {r}")));
        out.push(self.first_step.clone());
        out.extend(self.then_step.clone());
        out.push(self.clinic_first.to_string());
        out.push(self.if_unreachable.to_string());
        out
    }
}

/// Emergency numbers by time zone, for the default of the setting. A zone names a place,
/// and a place its country; where a country has several numbers, the one for an ambulance.
const BY_ZONE: &[(&str, &str)] = &[
    ("Europe/London", "999"),
    ("Europe/Belfast", "999"),
    ("Europe/Guernsey", "999"),
    ("Europe/Isle_of_Man", "999"),
    ("Europe/Jersey", "999"),
    ("Europe/Gibraltar", "112"),
    ("America/Sao_Paulo", "192"),
    ("America/Bahia", "192"),
    ("America/Fortaleza", "192"),
    ("America/Recife", "192"),
    ("America/Manaus", "192"),
    ("America/Belem", "192"),
    ("America/Araguaina", "192"),
    ("America/Maceio", "192"),
    ("America/Santarem", "192"),
    ("America/Cuiaba", "192"),
    ("America/Campo_Grande", "192"),
    ("America/Porto_Velho", "192"),
    ("America/Boa_Vista", "192"),
    ("America/Rio_Branco", "192"),
    ("America/Eirunepe", "192"),
    ("America/Noronha", "192"),
    ("America/Havana", "104"),
    ("America/Bogota", "123"),
    ("America/Santiago", "131"),
    ("America/Lima", "106"),
    ("Asia/Tokyo", "119"),
    ("Asia/Seoul", "119"),
    ("Asia/Taipei", "119"),
    ("Asia/Jakarta", "119"),
    ("Asia/Shanghai", "120"),
    ("Asia/Urumqi", "120"),
    ("Asia/Hong_Kong", "999"),
    ("Asia/Macau", "999"),
    ("Asia/Kuala_Lumpur", "999"),
    ("Asia/Dhaka", "999"),
    ("Asia/Singapore", "995"),
    ("Asia/Dubai", "998"),
    ("Asia/Riyadh", "997"),
    ("Asia/Jerusalem", "101"),
    ("Asia/Tel_Aviv", "101"),
    ("Asia/Manila", "911"),
    ("Asia/Bangkok", "1669"),
    ("Asia/Ho_Chi_Minh", "115"),
    ("Asia/Karachi", "1122"),
    ("Africa/Cairo", "123"),
    ("Africa/Nairobi", "999"),
    ("Pacific/Auckland", "111"),
    ("Pacific/Chatham", "111"),
    ("Pacific/Honolulu", "911"),
];

/// Regions where one number covers every zone not listed above.
const BY_REGION: &[(&str, &str)] = &[
    ("Europe/", "112"),
    ("America/Argentina/", "107"),
    ("America/", "911"),
    ("Australia/", "000"),
    ("Canada/", "911"),
    ("US/", "911"),
];

/// Works from mobile phones in most of the world, where the zone says nothing better.
pub const FALLBACK_EMERGENCY_NUMBER: &str = "112";

/// The emergency number the zone's country uses, as the setting's default.
pub fn default_emergency_number(zone: &Zone) -> &'static str {
    let name = zone.name();
    BY_ZONE
        .iter()
        .find(|(z, _)| *z == name)
        .or_else(|| BY_REGION.iter().find(|(prefix, _)| name.starts_with(prefix)))
        .map_or(FALLBACK_EMERGENCY_NUMBER, |(_, n)| n)
}

/// An emergency number is a short run of digits: 112, 911, 000, 10177.
pub fn validate_emergency_number(n: &str) -> Result<(), Error> {
    if (2..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "emergency_number",
            reason: aftercare_i18n::say("invalid-emergency-number", &[]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redflag::RedFlag;

    fn zone(n: &str) -> Zone {
        Zone::new(n).expect("zone")
    }

    #[test]
    fn the_emergency_number_follows_the_zone_s_country() {
        for (z, n) in [
            ("Europe/Berlin", "112"),
            ("Europe/London", "999"),
            ("America/New_York", "911"),
            ("America/Argentina/Buenos_Aires", "107"),
            ("Australia/Sydney", "000"),
            ("Pacific/Auckland", "111"),
            ("Asia/Tokyo", "119"),
            ("Asia/Kolkata", "112"),
            ("UTC", "112"),
        ] {
            assert_eq!(default_emergency_number(&zone(z)), n, "{z}");
        }
        for n in BY_ZONE.iter().map(|(_, n)| n).chain(BY_REGION.iter().map(|(_, n)| n)) {
            assert!(validate_emergency_number(n).is_ok(), "{n}");
        }
        for bad in ["", "1", "9-1-1", "1234567", "１１２", "+112"] {
            assert!(validate_emergency_number(bad).is_err(), "{bad:?}");
        }
    }

    fn assessment(tier: Tier) -> Assessment {
        Assessment {
            tier: Some(tier),
            flags: vec![RedFlag {
                code: "x",
                tier,
                reason: "A reason.".into(),
                facts: vec!["R3"],
            }],
            day: Some(3),
        }
    }

    #[test]
    fn an_emergency_puts_the_emergency_number_first_and_the_clinic_second() {
        let clinic = Clinic {
            name: "Haut & Glow".into(),
            phone: "+49 30 1234567".into(),
        };
        let e = escalate(&assessment(Tier::Emergency), &clinic, "112", Language::English).expect("escalates");
        assert!(e.emergency_first);
        assert_eq!(e.first_step, "Call 112 now.");
        let lines = e.lines();
        assert_eq!(lines[0], "Emergency: get help now");
        assert_eq!(lines[2], "Call 112 now.");
        assert_eq!(lines[3], "Then call Haut & Glow: +49 30 1234567.");
        assert!(lines.contains(&clinic_first(Language::English)));
        assert!(lines.contains(&if_unreachable(Language::English)));
        let de = escalate(&assessment(Tier::Emergency), &clinic, "112", Language::German).expect("escalates");
        assert_eq!(
            de.lines()[..4],
            [
                "Notfall: Holen Sie jetzt Hilfe",
                "  - A reason.",
                "Rufen Sie jetzt 112 an.",
                "Rufen Sie dann Haut & Glow an: +49 30 1234567."
            ]
        );
    }

    #[test]
    fn a_call_names_the_clinic_or_says_your_clinic_and_self_care_does_not_escalate() {
        let none = Clinic {
            name: String::new(),
            phone: String::new(),
        };
        let e = escalate(&assessment(Tier::CallClinic), &none, "911", Language::English).expect("escalates");
        assert!(!e.emergency_first);
        assert_eq!(e.first_step, "Call your clinic today.");
        assert_eq!(e.reasons, vec!["A reason."]);
        assert!(e.lines().contains(&clinic_first(Language::English)));
        assert_eq!(
            escalate(&assessment(Tier::SelfCare), &none, "911", Language::English),
            None
        );
        let de = escalate(&assessment(Tier::CallClinic), &none, "911", Language::German).expect("escalates");
        assert_eq!(de.first_step, "Rufen Sie heute Ihre Praxis an.");
    }
}
