//! Daily check-ins: how the skin looks and feels on one local date.

use aftercare_i18n::{dates, say, Language};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::treatment::Treatment;
use crate::Error;

pub const MAX_NOTES_CHARS: usize = 2_000;
pub const MAX_BREAKOUTS: u32 = 500;

/// Redness on the 0-4 self-assessment scale clinicians use for erythema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub enum Redness {
    None = 0,
    AlmostNone = 1,
    Mild = 2,
    Moderate = 3,
    Severe = 4,
}

impl Redness {
    pub const ALL: [Redness; 5] = [
        Redness::None,
        Redness::AlmostNone,
        Redness::Mild,
        Redness::Moderate,
        Redness::Severe,
    ];

    pub fn score(self) -> u8 {
        self as u8
    }

    /// The word in English: "almost none" (the CSV, a file for other programs).
    pub fn label(self) -> String {
        self.word(Language::English)
    }

    /// The scale's word as a sentence uses it: "mild", "leicht" (the catalog's `redness-N`,
    /// which the check-in's scale shows capitalised).
    pub fn word(self, language: Language) -> String {
        let id = match self {
            Redness::None => "redness-0",
            Redness::AlmostNone => "redness-1",
            Redness::Mild => "redness-2",
            Redness::Moderate => "redness-3",
            Redness::Severe => "redness-4",
        };
        language.text(id, &[]).to_lowercase()
    }
}

impl TryFrom<i64> for Redness {
    type Error = Error;
    fn try_from(v: i64) -> Result<Self, Error> {
        Redness::ALL
            .get(usize::try_from(v).unwrap_or(usize::MAX))
            .copied()
            .ok_or_else(|| Error::Invalid {
                field: "redness",
                reason: say("invalid-redness", &[("value", v.into())]),
            })
    }
}

impl From<Redness> for u8 {
    fn from(r: Redness) -> u8 {
        r.score()
    }
}

/// The yes/no signs a check-in asks about, declared once: the check-in's fields, the CSV's
/// columns, the report's table and the form's boxes all list them from here.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Symptom {
    Warmth,
    Itching,
    Peeling,
    Bruising,
    Bleeding,
    Pus,
    RedStreaks,
    Blisters,
    Fever,
    BreathingTrouble,
    DarkPatches,
}

impl Symptom {
    /// In the order the check-in asks.
    pub const ALL: [Symptom; 11] = [
        Symptom::Warmth,
        Symptom::Itching,
        Symptom::Peeling,
        Symptom::Bruising,
        Symptom::Bleeding,
        Symptom::Pus,
        Symptom::RedStreaks,
        Symptom::Blisters,
        Symptom::Fever,
        Symptom::BreathingTrouble,
        Symptom::DarkPatches,
    ];

    /// The field's name in [`Symptoms`] (and so in a backup and the database's column).
    pub fn field(self) -> &'static str {
        match self {
            Symptom::Warmth => "warmth",
            Symptom::Itching => "itching",
            Symptom::Peeling => "peeling",
            Symptom::Bruising => "bruising",
            Symptom::Bleeding => "bleeding",
            Symptom::Pus => "pus",
            Symptom::RedStreaks => "red_streaks",
            Symptom::Blisters => "blisters",
            Symptom::Fever => "fever",
            Symptom::BreathingTrouble => "breathing_trouble",
            Symptom::DarkPatches => "dark_patches",
        }
    }

    /// The command line's switch: `--red-streaks`.
    pub fn flag(self) -> String {
        self.field().replace('_', "-")
    }

    /// The CSV column (older files had these names before the enum; they must not change):
    /// the field's name, but for two that say more.
    pub fn column(self) -> &'static str {
        match self {
            Symptom::Pus => "pus_or_crust",
            Symptom::Blisters => "blisters_or_tingling",
            other => other.field(),
        }
    }

    /// As the client reads it, in English.
    pub fn label(self) -> String {
        self.label_in(Language::English)
    }

    /// As the check-in asks it, in `language` (the catalog's `symptom-…`, as the page's).
    pub fn label_in(self, language: Language) -> String {
        language.text(self.message(), &[])
    }

    /// The catalog's id for the words (the page reads them from the same catalog).
    pub fn message(self) -> &'static str {
        match self {
            Symptom::Warmth => "symptom-warmth",
            Symptom::Itching => "symptom-itching",
            Symptom::Peeling => "symptom-peeling",
            Symptom::Bruising => "symptom-bruising",
            Symptom::Bleeding => "symptom-bleeding",
            Symptom::Pus => "symptom-pus",
            Symptom::RedStreaks => "symptom-red-streaks",
            Symptom::Blisters => "symptom-blisters",
            Symptom::Fever => "symptom-fever",
            Symptom::BreathingTrouble => "symptom-breathing-trouble",
            Symptom::DarkPatches => "symptom-dark-patches",
        }
    }
}

/// The yes/no signs of one check-in, one field per [`Symptom`]: the draft, the validated
/// check-in, the page's form and its view all carry this one struct. Every sign must be
/// given (a missing answer is not taken for "no"), but for the latest question.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Symptoms {
    pub warmth: bool,
    pub itching: bool,
    pub peeling: bool,
    pub bruising: bool,
    pub bleeding: bool,
    /// Pus or yellow crust.
    pub pus: bool,
    pub red_streaks: bool,
    /// Clustered blisters or tingling (a possible cold-sore flare).
    pub blisters: bool,
    /// Fever or chills.
    pub fever: bool,
    /// Trouble breathing (with or without swelling of the face or throat).
    pub breathing_trouble: bool,
    /// New dark patches on the treated skin; a backup from before the question has none.
    #[serde(default)]
    pub dark_patches: bool,
}

impl Symptoms {
    /// Whether `sign` is ticked.
    pub fn has(self, sign: Symptom) -> bool {
        let mut copy = self;
        *copy.slot(sign)
    }

    /// Ticks `sign` or clears it.
    pub fn set(&mut self, sign: Symptom, ticked: bool) {
        *self.slot(sign) = ticked;
    }

    /// The signs ticked, in the order the check-in asks.
    pub fn ticked(self) -> impl Iterator<Item = Symptom> {
        Symptom::ALL.into_iter().filter(move |s| self.has(*s))
    }

    /// The one place a sign meets its field.
    fn slot(&mut self, sign: Symptom) -> &mut bool {
        match sign {
            Symptom::Warmth => &mut self.warmth,
            Symptom::Itching => &mut self.itching,
            Symptom::Peeling => &mut self.peeling,
            Symptom::Bruising => &mut self.bruising,
            Symptom::Bleeding => &mut self.bleeding,
            Symptom::Pus => &mut self.pus,
            Symptom::RedStreaks => &mut self.red_streaks,
            Symptom::Blisters => &mut self.blisters,
            Symptom::Fever => &mut self.fever,
            Symptom::BreathingTrouble => &mut self.breathing_trouble,
            Symptom::DarkPatches => &mut self.dark_patches,
        }
    }
}

impl FromIterator<Symptom> for Symptoms {
    fn from_iter<I: IntoIterator<Item = Symptom>>(signs: I) -> Symptoms {
        let mut all = Symptoms::default();
        for s in signs {
            all.set(s, true);
        }
        all
    }
}

/// Swelling on the check-in's 0-3 scale, in English words.
pub fn swelling_label(swelling: u8) -> String {
    swelling_word(swelling, Language::English)
}

/// Swelling on the check-in's 0-3 scale as a sentence uses it: "slight", "leicht".
pub fn swelling_word(swelling: u8, language: Language) -> String {
    let id = match swelling {
        0 => "swelling-0",
        1 => "swelling-1",
        2 => "swelling-2",
        _ => "swelling-3",
    };
    language.text(id, &[]).to_lowercase()
}

/// A check-in as the client (or a file) gave it; nothing is trusted yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckInDraft {
    pub redness: i64,
    pub breakouts: i64,
    pub swelling: i64,
    pub pain: i64,
    #[serde(flatten)]
    pub symptoms: Symptoms,
    pub notes: String,
}

/// One validated check-in. Field ranges are enforced on construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub date: Date,
    pub redness: Redness,
    /// Number of new spots.
    pub breakouts: u32,
    /// 0 none, 1 slight, 2 noticeable, 3 marked.
    pub swelling: u8,
    /// 0 no pain … 10 worst imaginable.
    pub pain: u8,
    /// Flat in a file, beside the numbers, as before there was a struct.
    #[serde(flatten)]
    pub symptoms: Symptoms,
    pub notes: String,
}

/// `v` in 0..=`max`, else the refusal `message` (which says the range) with the value.
fn ranged(field: &'static str, message: &str, v: i64, max: i64) -> Result<i64, Error> {
    if (0..=max).contains(&v) {
        Ok(v)
    } else {
        Err(Error::Invalid {
            field,
            reason: say(message, &[("max", max.into()), ("value", v.into())]),
        })
    }
}

impl CheckIn {
    /// Validates a draft for a local date; the first field at fault is named.
    pub fn new(date: Date, d: &CheckInDraft) -> Result<CheckIn, Error> {
        let redness = Redness::try_from(d.redness)?;
        let breakouts = ranged("breakouts", "invalid-breakouts", d.breakouts, i64::from(MAX_BREAKOUTS))?;
        let swelling = ranged("swelling", "invalid-swelling", d.swelling, 3)?;
        let pain = ranged("pain", "invalid-pain", d.pain, 10)?;
        let notes_len = d.notes.chars().count();
        if notes_len > MAX_NOTES_CHARS {
            return Err(Error::Invalid {
                field: "notes",
                reason: say(
                    "invalid-notes-long",
                    &[("max", MAX_NOTES_CHARS.into()), ("count", notes_len.into())],
                ),
            });
        }
        if d.notes
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            return Err(Error::Invalid {
                field: "notes",
                reason: say("invalid-notes-control", &[]),
            });
        }
        Ok(CheckIn {
            date,
            redness,
            breakouts: breakouts as u32,
            swelling: swelling as u8,
            pain: pain as u8,
            symptoms: d.symptoms,
            notes: d.notes.clone(),
        })
    }

    /// Like [`CheckIn::new`], and the date must be one [`check_date`] accepts.
    pub fn for_treatment(treatment: &Treatment, today: Date, date: Date, d: &CheckInDraft) -> Result<CheckIn, Error> {
        check_date(treatment, today, date)?;
        CheckIn::new(date, d)
    }

    pub fn draft(&self) -> CheckInDraft {
        CheckInDraft {
            redness: i64::from(self.redness.score()),
            breakouts: i64::from(self.breakouts),
            swelling: i64::from(self.swelling),
            pain: i64::from(self.pain),
            symptoms: self.symptoms,
            notes: self.notes.clone(),
        }
    }

    /// Whether the client ticked this sign.
    pub fn has(&self, s: Symptom) -> bool {
        self.symptoms.has(s)
    }

    /// The signs ticked, in the order the check-in asks.
    pub fn symptoms(&self) -> impl Iterator<Item = Symptom> {
        self.symptoms.ticked()
    }

    /// Whether any yes/no sign was ticked.
    pub fn any_sign(&self) -> bool {
        self.symptoms().next().is_some()
    }

    /// Redness almost gone and nothing else to report: the skin has settled that day.
    pub fn is_calm(&self) -> bool {
        self.redness <= Redness::AlmostNone && self.swelling == 0 && self.pain <= 1 && !self.any_sign()
    }

    /// Why this check-in says the skin is still healing, in words; `None` when it is calm.
    pub fn still_healing(&self, language: Language) -> Option<String> {
        let date = aftercare_i18n::Arg::Text(aftercare_i18n::dates::day(language, self.date));
        if self.redness >= Redness::Mild {
            let redness = aftercare_i18n::Arg::Text(self.redness.word(language));
            Some(language.text("healing-redness", &[("date", date), ("redness", redness)]))
        } else if !self.is_calm() {
            Some(language.text("healing-signs", &[("date", date)]))
        } else {
            None
        }
    }
}

/// Whether a check-in may be for `date`: between the treatment's date (day 1) and today,
/// both on the clock of the treatment's zone (the client's current one). The one rule for
/// the check-in's date; the store and every caller ask it.
pub fn check_date(treatment: &Treatment, today: Date, date: Date) -> Result<(), Error> {
    if date < treatment.day_one() {
        return Err(Error::Invalid {
            field: "date",
            reason: say(
                "invalid-date-before",
                &[
                    ("date", dates::day(Language::current(), date).into()),
                    ("first", dates::day(Language::current(), treatment.day_one()).into()),
                ],
            ),
        });
    }
    if date > today {
        return Err(Error::Invalid {
            field: "date",
            reason: say(
                "invalid-date-future",
                &[("date", dates::day(Language::current(), date).into())],
            ),
        });
    }
    Ok(())
}

/// How many days back the check-in offers (a year; older days are rarely worth logging).
pub const LOGGABLE_DAYS: usize = 366;

/// The dates the check-in offers, latest first: from today back to the treatment's date
/// (day 1), the rule [`check_date`] enforces, for at most [`LOGGABLE_DAYS`] days.
pub fn loggable_dates(treatment: &Treatment, today: Date) -> Vec<Date> {
    let mut out = Vec::new();
    let mut d = today;
    while d >= treatment.day_one() && out.len() < LOGGABLE_DAYS {
        out.push(d);
        match d.yesterday() {
            Ok(y) => d = y,
            Err(_) => break,
        }
    }
    out
}

/// Whether the two latest check-ins (by date) are both calm: the skin has settled.
pub fn settled(history: &[CheckIn]) -> bool {
    let mut latest: Vec<&CheckIn> = history.iter().collect();
    latest.sort_by_key(|c| std::cmp::Reverse(c.date));
    latest.len() >= 2 && latest[..2].iter().all(|c| c.is_calm())
}

/// The latest check-in by date.
pub fn latest(history: &[CheckIn]) -> Option<&CheckIn> {
    history.iter().max_by_key(|c| c.date)
}

/// One point of the redness trend against the expected course (E1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TrendPoint {
    pub day: i64,
    pub redness: u8,
    /// What E1 leads one to expect that day: sunburn-like at first, fading over a week.
    pub expected: f32,
    pub breakouts: u32,
}

/// Expected redness on day N: starts moderate (3) and fades linearly to none by day 8.
pub fn expected_redness(day: i64) -> f32 {
    if day <= 1 {
        3.0
    } else {
        (3.0 - 3.0 * (day - 1) as f32 / 7.0).max(0.0)
    }
}

pub fn trend(treatment: &Treatment, history: &[CheckIn]) -> Vec<TrendPoint> {
    trend_of(treatment, history.iter().map(|c| (c.date, c.redness, c.breakouts)))
}

/// The trend from just the values it needs (the store reads only these columns).
pub fn trend_of(treatment: &Treatment, points: impl IntoIterator<Item = (Date, Redness, u32)>) -> Vec<TrendPoint> {
    let day_one = treatment.day_one();
    let mut pts: Vec<TrendPoint> = points
        .into_iter()
        .map(|(date, redness, breakouts)| {
            let day = crate::time::days_between(day_one, date) + 1;
            TrendPoint {
                day,
                redness: redness.score(),
                expected: expected_redness(day),
                breakouts,
            }
        })
        .collect();
    pts.sort_by_key(|p| p.day);
    pts
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ok() -> CheckInDraft {
        CheckInDraft {
            redness: 2,
            breakouts: 1,
            swelling: 1,
            pain: 3,
            notes: "fine".into(),
            ..Default::default()
        }
    }

    fn field_of(e: Error) -> &'static str {
        match e {
            Error::Invalid { field, .. } => field,
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn valid_draft_becomes_a_checkin() {
        let c = CheckIn::new(date(2026, 11, 21), &ok()).expect("valid");
        assert_eq!(c.redness, Redness::Mild);
        assert_eq!(c.redness.label(), "mild");
        assert_eq!(c.draft(), ok());
    }

    #[test]
    fn every_out_of_range_field_is_named() {
        let d = date(2026, 11, 21);
        let cases: Vec<(CheckInDraft, &str)> = vec![
            (CheckInDraft { redness: 5, ..ok() }, "redness"),
            (CheckInDraft { redness: -1, ..ok() }, "redness"),
            (CheckInDraft { breakouts: -1, ..ok() }, "breakouts"),
            (CheckInDraft { breakouts: 501, ..ok() }, "breakouts"),
            (CheckInDraft { swelling: 4, ..ok() }, "swelling"),
            (CheckInDraft { pain: 11, ..ok() }, "pain"),
            (CheckInDraft { pain: -3, ..ok() }, "pain"),
            (
                CheckInDraft {
                    notes: "x".repeat(2001),
                    ..ok()
                },
                "notes",
            ),
            (
                CheckInDraft {
                    notes: "bell\u{7}".into(),
                    ..ok()
                },
                "notes",
            ),
        ];
        for (draft, field) in cases {
            assert_eq!(field_of(CheckIn::new(d, &draft).expect_err(field)), field);
        }
        // Limits are inclusive, and notes count characters, not bytes.
        let edge = CheckInDraft {
            redness: 4,
            breakouts: 500,
            swelling: 3,
            pain: 10,
            notes: "é".repeat(2000),
            ..ok()
        };
        assert!(CheckIn::new(d, &edge).is_ok());
    }

    #[test]
    fn dates_outside_the_treatment_are_refused() {
        let z = crate::time::Zone::new("Europe/Berlin").expect("zone");
        let t = Treatment::new(
            z.at(date(2026, 11, 20), jiff::civil::time(14, 0, 0, 0))
                .expect("t")
                .timestamp(),
            z,
        );
        let today = date(2026, 11, 25);
        assert_eq!(
            field_of(CheckIn::for_treatment(&t, today, date(2026, 11, 19), &ok()).expect_err("before")),
            "date"
        );
        assert_eq!(
            field_of(CheckIn::for_treatment(&t, today, date(2026, 11, 26), &ok()).expect_err("future")),
            "date"
        );
        assert!(CheckIn::for_treatment(&t, today, date(2026, 11, 20), &ok()).is_ok());
    }

    #[test]
    fn drafts_from_json_refuse_unknown_fields() {
        assert!(serde_json::from_str::<CheckInDraft>(r#"{"redness":1,"colour":"red"}"#).is_err());
        let mut all = serde_json::to_value(CheckInDraft::default()).expect("json");
        all["redness"] = 1.into();
        let d: CheckInDraft = serde_json::from_value(all.clone()).expect("every field");
        assert_eq!(d.redness, 1);
        // A backup from before the dark-patches question reads; a sign left out elsewhere
        // is not taken for "no".
        let mut older = all.clone();
        older.as_object_mut().expect("object").remove("dark_patches");
        assert!(serde_json::from_value::<CheckInDraft>(older).is_ok());
        for left_out in ["fever", "redness", "notes"] {
            let mut partial = all.clone();
            partial.as_object_mut().expect("object").remove(left_out);
            let refused = serde_json::from_value::<CheckInDraft>(partial).expect_err(left_out);
            assert!(refused.to_string().contains(&format!("`{left_out}`")), "{refused}");
        }
    }

    #[test]
    fn each_sign_has_its_own_field_named_as_the_sign() {
        for sign in Symptom::ALL {
            let one: Symptoms = [sign].into_iter().collect();
            assert_eq!(one.ticked().collect::<Vec<_>>(), vec![sign]);
            let json = serde_json::to_value(one).expect("json");
            let ticked: Vec<&str> = json
                .as_object()
                .expect("an object")
                .iter()
                .filter(|(_, v)| v.as_bool() == Some(true))
                .map(|(k, _)| k.as_str())
                .collect();
            assert_eq!(ticked, vec![sign.field()]);
            assert_eq!(serde_json::to_value(sign).expect("json"), sign.field());
            let mut cleared = one;
            cleared.set(sign, false);
            assert_eq!(cleared, Symptoms::default());
        }
        assert_eq!(Symptom::RedStreaks.flag(), "red-streaks");
        // The CSV's columns are a file format: spreadsheets made from older exports read them.
        assert_eq!(
            Symptom::ALL.map(Symptom::column),
            [
                "warmth",
                "itching",
                "peeling",
                "bruising",
                "bleeding",
                "pus_or_crust",
                "red_streaks",
                "blisters_or_tingling",
                "fever",
                "breathing_trouble",
                "dark_patches"
            ]
        );
    }

    #[test]
    fn a_draft_in_a_file_keeps_its_signs_beside_the_numbers() {
        let mut flat = serde_json::to_value(CheckInDraft::default()).expect("json");
        flat["red_streaks"] = true.into();
        flat["fever"] = true.into();
        let d: CheckInDraft = serde_json::from_value(flat).expect("flat");
        assert_eq!(
            d.symptoms.ticked().collect::<Vec<_>>(),
            vec![Symptom::RedStreaks, Symptom::Fever]
        );
        let json = serde_json::to_value(&d).expect("json");
        assert_eq!(json["red_streaks"], true);
        assert_eq!(json["warmth"], false);
        assert!(json.get("symptoms").is_none());
        for wrong in [
            r#"{"red_streak":true}"#,
            r#"{"symptoms":{"fever":true}}"#,
            r#"{"fever":1}"#,
        ] {
            assert!(serde_json::from_str::<CheckInDraft>(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn expected_course_fades_over_a_week() {
        assert_eq!(expected_redness(1), 3.0);
        assert!(expected_redness(4) < expected_redness(3));
        assert_eq!(expected_redness(8), 0.0);
        assert_eq!(expected_redness(30), 0.0);
    }
}
