//! The client's language, through the commands: its own test binary, because the language
//! refusals are worded in belongs to the whole process (`Language::make_current`), and the
//! other command tests expect English ones.

mod support;

use serde_json::{json, Value};
use support::*;

fn checkin(redness: i64) -> Value {
    json!({ "input": {
        "date": "", "redness": redness, "breakouts": 1, "swelling": 1, "pain": 2,
        "symptoms": {"warmth": false, "itching": false, "peeling": false, "bruising": false, "bleeding": false,
        "pus": true, "red_streaks": false, "blisters": false, "fever": false,
        "breathing_trouble": false, "dark_patches": false}, "notes": ""
    }})
}

#[test]
fn the_language_is_the_clients_choice_else_the_devices() {
    let h = harness();
    set_up(&h);
    let device = aftercare_i18n::Language::of_system();
    // The harness never reads the device's region: dates as written without one.
    let region = aftercare_i18n::Region::NONE;
    assert_eq!(
        h.ok("language", json!({})),
        json!({ "tag": device.tag(), "dates": region.dates_tag(device) })
    );
    let mut s = h.ok("settings", json!({}))["settings"].clone();
    assert_eq!(s["language"], "", "the device's language until the client picks one");
    s["language"] = json!("de");
    let saved = h.ok("save_settings", json!({ "input": s.clone() }));
    assert_eq!(saved["settings"]["language"], "de");
    assert_eq!(h.ok("language", json!({})), json!({ "tag": "de", "dates": "de" }));

    // Everything the app words itself is German now: the protocol's advice, the catalog's
    // words, the warnings, the refusals and the reminders' frame.
    let today = h.ok("today", json!({}));
    let titles: Vec<&str> = today["avoid"]
        .as_array()
        .expect("avoid")
        .iter()
        .filter_map(|w| w["title"].as_str())
        .collect();
    assert!(
        titles.contains(&"Kein Fitnessstudio, kein anstrengender Sport"),
        "{titles:?}"
    );
    assert_eq!(
        today["when_to_call"]["clinic_first"],
        "Die Anweisungen Ihrer Praxis haben Vorrang; dies sind allgemeine Informationen, keine medizinische Beratung."
    );
    let saved = h.ok("save_checkin", checkin(3));
    assert_eq!(saved["checkin"]["redness_label"], "mittel");
    assert_eq!(
        saved["alert"]["escalation"]["headline"],
        "Rufen Sie heute Ihre Praxis an"
    );
    let reason = saved["alert"]["escalation"]["reasons"][0].as_str().unwrap_or("");
    assert!(
        reason.starts_with("Eiter oder gelbe Krusten können Zeichen einer Infektion sein."),
        "{reason}"
    );
    let e = h.refused("save_checkin", checkin(9));
    assert_eq!(
        (e["field"].as_str(), e["message"].as_str()),
        (
            Some("redness"),
            Some("Die Rötung ist 0 (keine) bis 4 (stark), nicht 9.")
        ),
    );
    let answer = h.ok("can_i", json!({ "query": "gym" }));
    assert!(
        answer["summary"].as_str().unwrap_or("").starts_with("Noch nicht: "),
        "{answer}"
    );
    let sessions = h.ok("sessions", json!({}));
    assert!(
        sessions["maintenance"]
            .as_str()
            .unwrap_or("")
            .starts_with("Nach einer Reihe von"),
        "{sessions}"
    );
    let reminders = h.ok("reminders", json!({}));
    assert!(reminders["upcoming"]
        .as_array()
        .expect("upcoming")
        .iter()
        .any(|r| r["title"] == "Wie geht es Ihrer Haut heute?"));

    // The report for the clinic is written in it too.
    let pdf = h.ok(
        "export_report",
        json!({ "input": { "from": "", "to": "", "notes": true, "name": "Ada", "photos": [] } }),
    );
    let text = std::process::Command::new("pdftotext")
        .args([pdf["path"].as_str().expect("path"), "-"])
        .output()
        .expect("pdftotext (make test installs poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Für: Ada") && text.contains("Tag für Tag") && text.contains("3 mittel"),
        "{text}"
    );
    assert!(!text.contains("Day by day") && !text.contains("moderate"), "{text}");

    // A clinic's protocol file that doesn't hold: the file, the line, the rule, and what is
    // wrong, in German.
    let bad = aftercare_core::Protocol::builtin_source().replacen("end = \"48h\"", "end = \"48x\"", 1);
    assert_ne!(
        bad,
        aftercare_core::Protocol::builtin_source(),
        "the test changes the file"
    );
    let e = h.refused("load_protocol", json!({ "text": bad, "fileName": "praxis.toml" }));
    let message = e["message"].as_str().unwrap_or("");
    assert!(
        message.starts_with("praxis.toml:") && message.contains(": Regel „gym“: end: ein Abstand ist eine ganze Zahl"),
        "{message}"
    );

    // A backup cut short and one with a value the app doesn't know: where, and why, in German.
    let e = h.refused("restore_backup", json!({ "text": "{\n \"format\": \n" }));
    let message = e["message"].as_str().unwrap_or("");
    assert!(message.starts_with("Sicherung abgelehnt: Zeile 3"), "{message}");
    assert!(
        message.contains("kein gültiges JSON") && !message.contains("line"),
        "{message}"
    );
    let backup = h.ok("export_backup", json!({}));
    let good = std::fs::read_to_string(backup["path"].as_str().unwrap_or("")).unwrap_or_default();
    let odd = good.replacen("\"kind\": \"", "\"kind\": \"exploded-", 1);
    assert_ne!(odd, good, "the backup has a kind to change");
    let e = h.refused("restore_backup", json!({ "text": odd }));
    let message = e["message"].as_str().unwrap_or("");
    assert!(
        message.contains("unbekannter Wert `exploded-") && message.contains("möglich sind `"),
        "{message}"
    );
    assert!(
        !message.contains("unknown") && !message.contains("expected"),
        "{message}"
    );

    // A language the app doesn't speak: refused next to the field, nothing saved.
    s["language"] = json!("fr");
    let e = h.refused("save_settings", json!({ "input": s.clone() }));
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("invalid"), Some("language")),
        "{e}"
    );
    assert_eq!(h.ok("language", json!({})), json!({ "tag": "de", "dates": "de" }));

    // English again: the refusals follow.
    s["language"] = json!("en");
    h.ok("save_settings", json!({ "input": s.clone() }));
    let e = h.refused("save_checkin", checkin(9));
    assert_eq!(e["message"], "Redness is 0 (none) to 4 (severe), not 9.");
    s["language"] = json!("");
    h.ok("save_settings", json!({ "input": s }));
    assert_eq!(h.ok("language", json!({}))["tag"], json!(device.tag()));
}
