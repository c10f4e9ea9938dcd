use super::*;
use crate::time::Offset;

fn builtin() -> &'static Protocol {
    Protocol::builtin()
}

#[test]
fn builtin_loads_and_is_strictly_valid() {
    let p = Protocol::load_builtin().expect("built-in protocol must load");
    assert_eq!(p.id, "micro-needling");
    assert_eq!(&p, builtin());
    for id in [
        "gym",
        "sweat",
        "sauna-pool",
        "sun",
        "makeup",
        "actives",
        "gentle-skincare",
        "water",
    ] {
        assert!(p.rule(id).is_some(), "built-in lacks rule {id}");
    }
}

#[test]
fn builtin_carries_every_f_fact_and_expected_course() {
    let p = builtin();
    let cited: HashSet<&str> = p
        .rules
        .iter()
        .flat_map(|r| r.facts.iter())
        .chain(p.expected.iter().flat_map(|n| n.facts.iter()))
        .map(String::as_str)
        .collect();
    for i in 1..=9 {
        assert!(cited.contains(format!("F{i}").as_str()), "F{i} is not carried");
    }
    for e in ["E1", "E2", "E3"] {
        assert!(
            p.expected.iter().any(|n| n.facts.iter().any(|f| f == e)),
            "{e} has no expected-course note"
        );
    }
}

/// One test per built-in rule: its window (the more cautious reading), category, strength,
/// facts and reminders.
fn check(
    id: &str,
    cat: Category,
    strength: Strength,
    end: Offset,
    facts: &[&str],
    (start, daily, end_rem): (bool, Option<&str>, bool),
) {
    let r = builtin().rule(id).unwrap_or_else(|| panic!("rule {id}"));
    assert_eq!(r.category, cat, "{id} category");
    assert_eq!(r.strength, strength, "{id} strength");
    assert_eq!(r.start, Offset::Hours(0), "{id} starts when the treatment ends");
    assert_eq!(r.end, end, "{id} end");
    for f in facts {
        assert!(r.facts.iter().any(|x| x == f), "{id} cites {f}");
    }
    assert_eq!(r.reminders.at_start, start, "{id} start reminder");
    assert_eq!(
        r.reminders.daily_at.map(|t| t.strftime("%H:%M").to_string()).as_deref(),
        daily,
        "{id} daily"
    );
    assert_eq!(r.reminders.at_end, end_rem, "{id} end reminder");
    if end_rem {
        assert!(r.end_title.is_some() && r.end_message.is_some());
    }
}

#[test]
fn rule_gym_is_48_elapsed_hours() {
    check(
        "gym",
        Category::Activity,
        Strength::Avoid,
        Offset::Hours(48),
        &["F1"],
        (true, None, true),
    );
    assert!(builtin()
        .rule("gym")
        .and_then(|r| r.end_message.as_deref())
        .is_some_and(|m| m.contains("gym")));
}

#[test]
fn rule_sweat_is_a_few_calendar_days() {
    check(
        "sweat",
        Category::Activity,
        Strength::Limit,
        Offset::Days(3),
        &["F2"],
        (false, None, true),
    );
}

#[test]
fn rule_sauna_pool_is_a_few_calendar_days() {
    check(
        "sauna-pool",
        Category::HeatWater,
        Strength::Avoid,
        Offset::Days(3),
        &["F3"],
        (true, None, true),
    );
}

#[test]
fn rule_sun_is_a_calendar_week_with_daily_reminder() {
    check(
        "sun",
        Category::Sun,
        Strength::Avoid,
        Offset::Days(7),
        &["F4"],
        (true, Some("09:00"), true),
    );
}

#[test]
fn rule_makeup_is_a_couple_of_days() {
    check(
        "makeup",
        Category::Makeup,
        Strength::Avoid,
        Offset::Days(2),
        &["F6"],
        (true, None, true),
    );
}

#[test]
fn rule_actives_is_a_couple_of_days() {
    check(
        "actives",
        Category::Skincare,
        Strength::Avoid,
        Offset::Days(2),
        &["F7"],
        (true, None, true),
    );
}

#[test]
fn rule_gentle_skincare_for_the_week() {
    check(
        "gentle-skincare",
        Category::Skincare,
        Strength::Do,
        Offset::Days(7),
        &["F5"],
        (false, Some("20:00"), false),
    );
}

#[test]
fn rule_water_for_the_week() {
    check(
        "water",
        Category::Hydration,
        Strength::Do,
        Offset::Days(7),
        &["F8"],
        (false, Some("12:00"), false),
    );
}

#[test]
fn rule_clean_contact_is_hygiene() {
    check(
        "clean-contact",
        Category::Hygiene,
        Strength::Do,
        Offset::Days(3),
        &["F5"],
        (false, None, false),
    );
}

#[test]
fn every_category_is_used_by_the_builtin() {
    for c in Category::ALL {
        assert!(builtin().rules.iter().any(|r| r.category == c), "{c:?} unused");
        assert_eq!(Category::from_id(c.id()), Some(c));
    }
}

#[test]
fn expected_notes_by_day() {
    let day1: Vec<&str> = builtin()
        .expected_on(1)
        .flat_map(|n| n.facts.iter().map(String::as_str))
        .collect();
    assert!(day1.contains(&"F9") && day1.contains(&"E1") && day1.contains(&"E3"));
    let day5: Vec<&str> = builtin()
        .expected_on(5)
        .flat_map(|n| n.facts.iter().map(String::as_str))
        .collect();
    assert!(day5.contains(&"E1") && day5.contains(&"E2") && !day5.contains(&"F9"));
    assert_eq!(builtin().expected_on(30).count(), 0);
}

// ------------------------------------------------------------------ validation errors

const GOOD: &str = r#"format = 1
id = "clinic"
version = "1"
name = "Clinic protocol"

[[rule]]
id = "gym"
category = "activity"
title = "No gym"
advice = "Rest."
facts = ["F1"]
strength = "avoid"
start = "0h"
end = "24h"
remind = ["end"]
end_title = "Gym OK"
end_message = "Go."

[[rule]]
id = "sun"
category = "sun"
title = "No sun"
advice = "Shade."
facts = []
strength = "avoid"
start = "0h"
end = "5d"
remind = ["daily"]
daily_at = "08:30"
"#;

fn load(src: &str) -> Result<Protocol, ProtocolError> {
    Protocol::from_toml(src, "clinic.toml")
}

/// Replaces the first occurrence of `from` and expects an error at `line` in `rule`.
fn refused(from: &str, to: &str, line: usize, rule: Option<&str>, needle: &str) {
    assert!(GOOD.contains(from), "fixture lacks {from:?}");
    let src = GOOD.replacen(from, to, 1);
    let e = load(&src).expect_err(needle);
    assert_eq!(e.origin, "clinic.toml");
    assert_eq!(e.line, Some(line), "line for {needle}: {e}");
    assert_eq!(e.rule.as_deref(), rule, "rule for {needle}: {e}");
    assert!(e.message.contains(needle), "message {:?} lacks {needle:?}", e.message);
}

#[test]
fn a_good_clinic_file_loads() {
    let p = load(GOOD).expect("good");
    assert_eq!(p.rules.len(), 2);
    assert_eq!(p.rules[1].end, Offset::Days(5));
    assert!(p.expected.is_empty());
}

#[test]
fn unknown_fields_are_named_with_line_and_rule() {
    refused(
        "advice = \"Shade.\"",
        "advice = \"Shade.\"\ncolour = \"red\"",
        24,
        Some("sun"),
        "unknown field `colour`",
    );
    refused(
        "name = \"Clinic protocol\"",
        "name = \"Clinic protocol\"\nauthor = \"x\"",
        5,
        None,
        "unknown field `author`",
    );
}

#[test]
fn duplicate_rule_ids() {
    refused("id = \"sun\"", "id = \"gym\"", 20, Some("gym"), "duplicate rule id");
}

#[test]
fn end_before_start() {
    refused(
        "end = \"5d\"",
        "end = \"0h\"",
        27,
        Some("sun"),
        "before or when it starts",
    );
    refused(
        "start = \"0h\"\nend = \"24h\"",
        "start = \"2d\"\nend = \"24h\"",
        14,
        Some("gym"),
        "before or when it starts",
    );
}

#[test]
fn absurd_offsets() {
    refused("end = \"5d\"", "end = \"400d\"", 27, Some("sun"), "longer than a year");
    refused(
        "end = \"24h\"",
        "end = \"99999h\"",
        14,
        Some("gym"),
        "longer than a year",
    );
    refused("start = \"0h\"", "start = \"-3h\"", 13, Some("gym"), "negative");
    refused(
        "end = \"5d\"",
        "end = \"5 weeks\"",
        27,
        Some("sun"),
        "whole number followed by h",
    );
}

#[test]
fn unknown_fact_ids() {
    refused(
        "facts = [\"F1\"]",
        "facts = [\"F1\", \"Z9\"]",
        11,
        Some("gym"),
        "unknown fact id \"Z9\"",
    );
    refused(
        "facts = [\"F1\"]",
        "facts = [\"F1\", \"F1\"]",
        11,
        Some("gym"),
        "listed twice",
    );
}

#[test]
fn bad_categories_strengths_and_types() {
    refused(
        "category = \"sun\"",
        "category = \"moon\"",
        21,
        Some("sun"),
        "unknown value `moon`",
    );
    refused(
        "strength = \"avoid\"",
        "strength = \"never\"",
        12,
        Some("gym"),
        "unknown value `never`",
    );
    refused("format = 1", "format = 2", 1, None, "format 2 is not supported");
    refused(
        "title = \"No gym\"",
        "title = 7",
        9,
        Some("gym"),
        "should be text in quotes",
    );
    refused("title = \"No gym\"", "title = \"  \"", 9, Some("gym"), "title is empty");
}

#[test]
fn reminder_settings_must_be_consistent() {
    refused("daily_at = \"08:30\"", "daily_at = \"8.30\"", 29, Some("sun"), "HH:MM");
    refused(
        "remind = [\"daily\"]\ndaily_at = \"08:30\"",
        "remind = [\"daily\"]",
        28,
        Some("sun"),
        "needs daily_at",
    );
    refused("remind = [\"daily\"]", "remind = []", 29, Some("sun"), "no \"daily\"");
    refused(
        "remind = [\"end\"]",
        "remind = [\"end\", \"end\"]",
        15,
        Some("gym"),
        "listed twice",
    );
    refused(
        "remind = [\"end\"]",
        "remind = [\"sometimes\"]",
        15,
        Some("gym"),
        "unknown reminder",
    );
    refused("end_title = \"Gym OK\"\n", "", 15, Some("gym"), "needs end_title");
}

#[test]
fn rule_ids_must_be_slugs_and_not_reserved() {
    refused("id = \"gym\"", "id = \"Gym Time\"", 7, Some("Gym Time"), "lower-case");
    refused("id = \"gym\"", "id = \"checkin\"", 7, Some("checkin"), "reserved");
}

#[test]
fn syntax_errors_and_empty_protocols() {
    let e = load("format = 1\nid = \"x\"\nversion = \"1\"\nname = \"n\"\n[[rule]\n").expect_err("syntax");
    assert_eq!(e.line, Some(5));
    assert!(e.message.starts_with("not valid TOML at column "), "{e}");
    let e = load("format = 1\nid = \"x\"\nversion = \"1\"\nname = \"n\"\n").expect_err("empty");
    assert!(e.message.contains("no [[rule]]"));
    let e = load("id = \"x\"\nversion = \"1\"\nname = \"n\"\n").expect_err("missing format");
    assert!(e.message.contains("missing field `format`"), "{e}");
    assert_eq!(e.to_string().split(':').next(), Some("clinic.toml"));
}

#[test]
fn error_display_names_file_line_and_rule() {
    let e = load(&GOOD.replacen("id = \"sun\"", "id = \"gym\"", 1)).expect_err("dup");
    assert_eq!(e.to_string(), "clinic.toml:20: rule \"gym\": duplicate rule id \"gym\"");
}

#[test]
fn expected_note_ranges() {
    let note = "\n[[expected]]\nfrom_day = 3\nto_day = 2\ntitle = \"t\"\ntext = \"x\"\nfacts = [\"E1\"]\n";
    let e = load(&format!("{GOOD}{note}")).expect_err("range");
    assert_eq!(e.line, Some(33));
    assert!(e.message.contains("to_day"));
    let ok = note.replace("to_day = 2", "to_day = 9");
    assert_eq!(load(&format!("{GOOD}{ok}")).expect("ok").expected[0].to_day, 9);
    let zero = note.replace("from_day = 3", "from_day = 0");
    assert!(load(&format!("{GOOD}{zero}"))
        .expect_err("zero")
        .message
        .contains("from_day"));
}

#[test]
fn builtin_source_round_trips_as_a_clinic_file() {
    let p = Protocol::from_toml(Protocol::builtin_source(), "copy.toml").expect("loads as clinic file");
    assert_eq!(&p, builtin());
}

#[test]
fn photo_days_come_from_the_file_or_the_usual_four() {
    assert_eq!(builtin().photo_days, vec![1, 3, 7, 14]);
    assert_eq!(load(GOOD).expect("good").photo_days, DEFAULT_PHOTO_DAYS.to_vec());
    let with = |days: &str| GOOD.replacen("\n[[rule]]", &format!("photo_days = {days}\n\n[[rule]]"), 1);
    assert_eq!(load(&with("[7, 2]")).expect("loads").photo_days, vec![2, 7]);
    assert!(load(&with("[]")).expect("loads").photo_days.is_empty());
    for (days, words) in [
        ("[0]", "from 1 to 366"),
        ("[400]", "from 1 to 366"),
        ("[3, 3]", "appears twice"),
    ] {
        let e = load(&with(days)).expect_err(days);
        assert!(e.message.contains(words), "{days}: {e}");
        assert!(e.line.is_some(), "{days}: the line is named");
    }
}

#[test]
fn the_builtin_protocol_speaks_german_completely() {
    use aftercare_i18n::Language;
    assert_eq!(builtin().untranslated(Language::German), Vec::<String>::new());
    let de = builtin().in_language(Language::German);
    assert_eq!(de.name, "Nachsorge nach dem Microneedling");
    let gym = de.rule("gym").expect("gym");
    assert_eq!(gym.title, "Kein Fitnessstudio, kein anstrengender Sport");
    assert_eq!(gym.end_title.as_deref(), Some("Fitnessstudio wieder erlaubt"));
    assert_eq!(de.question("sun").expect("sun").label, "Sonne");
    // Everything but the words is the same protocol.
    assert_eq!(de.rules.len(), builtin().rules.len());
    for (a, b) in de.rules.iter().zip(&builtin().rules) {
        assert_eq!(
            (&a.id, a.start, a.end, &a.facts, &a.reminders),
            (&b.id, b.start, b.end, &b.facts, &b.reminders)
        );
        assert_ne!(a.title, b.title, "{}: the German title is the English one", a.id);
    }
    let en = builtin().in_language(Language::English);
    assert_eq!(&en, builtin());
    let pseudo = builtin().in_language(Language::Pseudo);
    assert_eq!(
        pseudo.rule("gym").expect("gym").title,
        aftercare_i18n::pseudo(&builtin().rules[0].title)
    );
    // From German back to English (a terminal in English reading a German client's case),
    // and on to the pseudo-locale.
    let back = de.in_language(Language::English);
    for (a, b) in back.rules.iter().zip(&builtin().rules) {
        assert_eq!(
            (&a.title, &a.advice, &a.tip, &a.end_message),
            (&b.title, &b.advice, &b.tip, &b.end_message)
        );
    }
    assert_eq!(
        (back.name.as_str(), back.language),
        (builtin().name.as_str(), Language::English)
    );
    assert_eq!(back.expected[0].text, builtin().expected[0].text);
    assert_eq!(back.questions[0].label, builtin().questions[0].label);
    assert_eq!(de.in_language(Language::Pseudo).rules[0].title, pseudo.rules[0].title);
    assert_eq!(pseudo.in_language(Language::German).rules[0].title, de.rules[0].title);
}

#[test]
fn a_clinic_file_may_translate_some_texts_and_the_rest_reads_in_english() {
    use aftercare_i18n::Language;
    let file = GOOD.replacen(
        "end_message = \"Go.\"\n",
        "end_message = \"Go.\"\n[rule.texts.de]\ntitle = \"Kein Sport\"\n",
        1,
    );
    let p = load(&file).expect("loads");
    let de = p.in_language(Language::German);
    let gym = de.rule("gym").expect("gym");
    assert_eq!(gym.title, "Kein Sport");
    assert_eq!(gym.advice, "Rest.", "untranslated advice reads in English");
    assert_eq!(
        p.untranslated(Language::German).first().map(String::as_str),
        Some("name")
    );
    assert!(p
        .untranslated(Language::German)
        .contains(&"rule gym: advice".to_string()));
}

#[test]
fn a_translation_is_refused_where_the_english_is() {
    let with = |texts: &str| {
        GOOD.replacen(
            "end_message = \"Go.\"\n",
            &format!("end_message = \"Go.\"\n{texts}\n"),
            1,
        )
    };
    for (texts, words) in [
        (
            "[rule.texts.de]\ntip = \"Tipp\"",
            "tip is translated but has no English text",
        ),
        ("[rule.texts.de]\ntitle = \"  \"", "texts.de: title is empty"),
        ("[rule.texts.en]\ntitle = \"No gym\"", "named by its language"),
        ("[rule.texts.Deutsch]\ntitle = \"Kein\"", "named by its language"),
        ("[rule.texts.de]\nheadline = \"Kein\"", "unknown field"),
        (
            &format!("[rule.texts.de]\ntitle = \"{}\"", "x".repeat(81)),
            "longer than 80",
        ),
    ] {
        let e = load(&with(texts)).expect_err(texts);
        assert!(e.message.contains(words), "{texts}: {e}");
        assert!(e.line.is_some(), "{texts}: the line is named");
    }
}
