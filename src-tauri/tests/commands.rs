//! Every command through Tauri's IPC on the mock runtime, the way the page calls it: good
//! input works, bad input gets a typed `{code, message, field}` and changes nothing.

mod support;

use std::path::Path;

use aftercare_app::AppState;
use serde_json::{json, Value};
use support::*;
use tauri::Manager;

#[test]
fn setup_defaults_offer_zones_and_the_checklist() {
    let h = harness();
    let d = h.ok("setup_defaults", json!({}));
    let zones = d["zones"].as_array().expect("zones");
    let berlin = zones
        .iter()
        .find(|z| z["name"] == "Europe/Berlin")
        .expect("zone list lacks Europe/Berlin");
    assert_eq!(
        (&berlin["city"], &berlin["country"], &berlin["country_name"]),
        (&json!("Berlin"), &json!("DE"), &json!("Germany"))
    );
    assert!(
        berlin["offset"] == "UTC+01:00" || berlin["offset"] == "UTC+02:00",
        "{berlin}"
    );
    assert_eq!(d["questions"].as_array().map(Vec::len), Some(6));
    assert_eq!(d["checkin_at"], "20:00");
    assert_eq!(d["ended_at"].as_str().map(str::len), Some(16), "{}", d["ended_at"]);
}

#[test]
fn set_up_records_the_treatment_and_today_shows_the_gym_countdown() {
    let h = harness();
    assert_eq!(h.ok("today", json!({})), Value::Null, "no treatment yet");
    let today = set_up(&h);
    assert_eq!(today["area"], "face");
    assert_eq!(today["clinic"]["phone"], "+49 30 1234567");
    let gym = today["avoid"]
        .as_array()
        .and_then(|a| a.iter().find(|w| w["rule"] == "gym"))
        .expect("gym is off-limits 10 h after");
    let left_ms = gym["ends"]["ms"].as_f64().expect("ms") - today["now"]["ms"].as_f64().expect("ms");
    let hours = left_ms / 3_600_000.0;
    assert!(
        (37.9..=38.1).contains(&hours),
        "gym ends 48 h after treatment, {hours} h left"
    );
    assert!(
        !today["expected"].as_array().expect("notes").is_empty(),
        "what is normal today"
    );
    assert_eq!(h.ok("today", json!({}))["day"], today["day"]);
}

#[test]
fn set_up_refuses_bad_input_and_writes_nothing() {
    let h = harness();
    let cases = [
        ("zone", json!("Mars/Olympus"), "unknown-zone", "zone"),
        ("ended_at", json!("yesterday-ish"), "bad-moment", "ended_at"),
        (
            "ended_at",
            json!(local_now("Europe/Berlin", -48)),
            "invalid",
            "ended_at",
        ),
        ("clinic_phone", json!("call me <b>"), "invalid", "clinic_phone"),
        ("quiet_end", json!(""), "invalid", "quiet_end"),
        ("checkin_at", json!("25:99"), "bad-time-of-day", "checkin_at"),
    ];
    for (key, value, code, at) in cases {
        let mut input = setup_input(10);
        input["input"][key] = value;
        let e = h.refused("set_up", input);
        assert_eq!(e["code"], code, "{key}: {e}");
        assert_eq!(field(&e), at, "{key}: {e}");
    }
    assert_eq!(h.ok("today", json!({})), Value::Null);
    // The same treatment entered twice (found by the command fuzz test: its reminders would
    // collide with the first one's, after the treatment was already written).
    let input = setup_input(10);
    h.ok("set_up", input.clone());
    let e = h.refused("set_up", input);
    assert_eq!(field(&e), "ended_at", "{e}");
    assert!(
        e["message"].as_str().is_some_and(|m| m.contains("already recorded")),
        "{e}"
    );
}

#[test]
fn can_i_answers_and_names_unknown_questions() {
    let h = harness();
    set_up(&h);
    let gym = h.ok("can_i", json!({ "query": "gym" }));
    assert_eq!(gym["verdict"], "not-yet");
    assert!(gym["fine_from"]["ms"].as_f64().is_some());
    let e = h.refused("can_i", json!({ "query": "skydiving" }));
    assert_eq!(e["code"], "unknown-query");
    assert_eq!(field(&e), "query");
}

#[test]
fn timeline_spans_every_rule() {
    let h = harness();
    assert_eq!(h.refused("timeline", json!({}))["code"], "no-treatment");
    set_up(&h);
    let t = h.ok("timeline", json!({}));
    let entries = t["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 9);
    assert!(t["last_day"].as_f64().expect("last day") >= 7.0);
    assert!(entries
        .iter()
        .all(|e| !e["facts"].as_array().expect("facts").is_empty()));
}

fn checkin(redness: i64, notes: &str) -> Value {
    json!({ "input": {
        "date": "", "redness": redness, "breakouts": 1, "swelling": 1, "pain": 2,
        "symptoms": {"warmth": false, "itching": false, "peeling": true, "bruising": false, "bleeding": false,
        "pus": false, "red_streaks": false, "blisters": false, "fever": false,
        "breathing_trouble": false, "dark_patches": false}, "notes": notes
    }})
}

#[test]
fn check_ins_save_once_per_day_and_refuse_out_of_range_values() {
    let h = harness();
    set_up(&h);
    let first = h.ok("save_checkin", checkin(3, "<img src=x onerror=alert(1)>"));
    assert_eq!(first["replaced"], false);
    assert_eq!(first["checkin"]["redness_label"], "moderate");
    assert_eq!(
        first["checkin"]["notes"], "<img src=x onerror=alert(1)>",
        "notes are kept as typed"
    );
    let second = h.ok("save_checkin", checkin(2, "calmer"));
    assert_eq!(second["replaced"], true);
    let back = h.ok("checkin_for", json!({ "dateText": "" }));
    assert_eq!(back["redness"], 2);
    assert_eq!(back["date"], today_date());

    let e = h.refused("save_checkin", checkin(7, "too red"));
    assert_eq!((e["code"].as_str(), field(&e)), (Some("invalid"), "redness"), "{e}");
    let mut future = checkin(1, "");
    future["input"]["date"] = json!("2999-01-01");
    assert_eq!(field(&h.refused("save_checkin", future)), "date");
    let mut garbage = checkin(1, "");
    garbage["input"]["date"] = json!("next tuesday");
    assert_eq!(field(&h.refused("save_checkin", garbage)), "date");
    assert_eq!(field(&h.refused("checkin_for", json!({ "dateText": "soon" }))), "date");

    // Refusals while the arguments are read come back typed, naming the field, and the
    // day's earlier entry (redness 2) stays as it was.
    for (value, words) in [
        (json!(99_999_999_999_i64), "too large"),
        (json!(2.5), "whole number"),
        (json!("abc"), "whole number"),
        (json!(null), "empty"),
        (json!(-3), "from 0 to 500"),
    ] {
        let mut bad = checkin(4, "");
        bad["input"]["breakouts"] = value.clone();
        let e = h.refused("save_checkin", bad);
        assert_eq!(field(&e), "breakouts", "{value}: {e}");
        assert!(e["message"].as_str().is_some_and(|m| m.contains(words)), "{value}: {e}");
    }
    let mut missing = checkin(4, "");
    missing["input"].as_object_mut().expect("object").remove("pain");
    let e = h.refused("save_checkin", missing);
    assert_eq!((e["code"].as_str(), field(&e)), (Some("bad-input"), "pain"), "{e}");
    let mut unknown = checkin(4, "");
    unknown["input"]["colour"] = json!("red");
    assert_eq!(field(&h.refused("save_checkin", unknown)), "colour");
    // Inside the signs too: a misspelt sign is refused, never taken for "not ticked".
    let mut misspelt = checkin(4, "");
    misspelt["input"]["symptoms"]["dark_patch"] = json!(true);
    let e = h.refused("save_checkin", misspelt);
    assert!(e["message"].as_str().is_some_and(|m| m.contains("dark_patch")), "{e}");
    let mut left_out = checkin(4, "");
    left_out["input"]["symptoms"]
        .as_object_mut()
        .expect("object")
        .remove("fever");
    let e = h.refused("save_checkin", left_out);
    assert!(e["message"].as_str().is_some_and(|m| m.contains("fever")), "{e}");
    assert_eq!(field(&h.refused("checkin_for", json!({ "dateText": 5 }))), "date");
    assert_eq!(h.ok("checkin_for", json!({ "dateText": "" }))["redness"], 2);
}

#[test]
fn a_missed_day_is_logged_from_the_app_and_today_offers_every_day_since_the_treatment() {
    let h = harness();
    h.ok("set_up", setup_input(50));
    let today = h.ok("today", json!({}));
    let days = today["checkin_days"].as_array().expect("days");
    assert!(days.len() >= 3, "{days:?}");
    assert_eq!(days[0]["date"], today_date());
    assert!(days[0]["label"].as_str().is_some_and(|l| l.starts_with("Today · day ")));
    assert!(days[1]["label"]
        .as_str()
        .is_some_and(|l| l.starts_with("Yesterday · day ")));
    let yesterday = days[1]["date"].as_str().expect("date").to_string();
    let mut c = checkin(2, "logged late");
    c["input"]["date"] = json!(yesterday);
    let saved = h.ok("save_checkin", c);
    assert_eq!(saved["checkin"]["date"], yesterday.as_str());
    let back = h.ok("checkin_for", json!({ "dateText": yesterday }));
    assert_eq!(back["notes"], "logged late");
    assert_eq!(h.ok("today", json!({}))["checkin_days"][1]["logged"], true);
    // The day before the treatment is not offered and not accepted.
    let before = days.last().expect("day 1")["date"]
        .as_str()
        .expect("date")
        .parse::<jiff::civil::Date>()
        .expect("date");
    let mut early = checkin(1, "");
    early["input"]["date"] = json!(before.yesterday().expect("date").to_string());
    assert_eq!(field(&h.refused("save_checkin", early)), "date");
}

#[test]
fn reminders_due_before_set_up_are_not_missed() {
    let h = harness();
    // Set up 30 hours after the treatment: the start reminders (30 h ago) and yesterday's
    // daily ones were due before the app knew; they are not listed as missed.
    h.ok("set_up", setup_input(30));
    let ledger = |h: &Harness| {
        let store = h.store();
        tauri::async_runtime::block_on(async move {
            let t = store.latest_treatment().await.expect("read").expect("treatment");
            store.ledger(t.id).await.expect("ledger")
        })
    };
    let grace = jiff::SignedDuration::from_mins(120);
    let set_up_at = jiff::Timestamp::now();
    let late = ledger(&h);
    assert!(!late.is_empty());
    assert!(
        late.iter()
            .all(|e| e.due_at >= set_up_at - grace - jiff::SignedDuration::from_mins(5)),
        "nothing due before set-up (less the grace period) is in the ledger: {:?}",
        late.iter().map(|e| (&e.reminder_id, e.due_at)).collect::<Vec<_>>()
    );
    assert!(!late.iter().any(|e| e.kind == aftercare_core::ReminderKind::Start));
    // Set up right after the treatment, the start reminders are still there to be shown.
    let h = harness();
    h.ok("set_up", setup_input(0));
    assert!(ledger(&h).iter().any(|e| e.kind == aftercare_core::ReminderKind::Start));
}

#[test]
fn trend_plots_each_logged_day_against_the_expected_course() {
    let h = harness();
    set_up(&h);
    assert!(h.ok("trend", json!({}))["points"]
        .as_array()
        .expect("points")
        .is_empty());
    h.ok("save_checkin", checkin(3, ""));
    let t = h.ok("trend", json!({}));
    let p = &t["points"][0];
    assert_eq!(p["redness"], 3);
    assert_eq!(p["breakouts"], 1);
    assert_eq!(p["symptoms"], 1);
    assert!(p["expected"].as_f64().expect("expected") > 0.0);
    assert_eq!(p["day"], t["today"]);
}

#[test]
fn sessions_plan_the_series_and_check_dates() {
    let h = harness();
    set_up(&h);
    let s = h.ok("sessions", json!({}));
    assert_eq!(s["sessions_done"], 1);
    assert_eq!(s["next"]["label"], "Session 2 of 3");
    assert_eq!(s["screening"]["talk_to_clinic"], false);
    assert_eq!(s["questions"].as_array().map(Vec::len), Some(6));
    let soon = h.ok("check_session_date", json!({ "dateText": today_date() }));
    assert_eq!(soon["ok"], false);
    assert!(soon["warnings"][0].as_str().expect("warning").contains("Too soon"));
    assert_eq!(
        field(&h.refused("check_session_date", json!({ "dateText": "31/12" }))),
        "date"
    );
}

#[test]
fn events_are_added_validated_and_removed() {
    let h = harness();
    set_up(&h);
    let e = h.ok(
        "add_event",
        json!({ "input": { "date": "2027-06-12", "kind": "makeup", "label": "Wedding" } }),
    );
    let id = e["id"].as_i64().expect("id");
    for (k, v, at) in [
        ("kind", "party", "kind"),
        ("label", "  ", "label"),
        ("date", "June", "date"),
    ] {
        let mut input = json!({ "input": { "date": "2027-06-12", "kind": "beach", "label": "Trip" } });
        input["input"][k] = json!(v);
        assert_eq!(field(&h.refused("add_event", input)), at);
    }
    assert_eq!(h.ok("sessions", json!({}))["events"][0]["label"], "Wedding");
    h.ok("remove_event", json!({ "id": id }));
    assert_eq!(h.refused("remove_event", json!({ "id": id }))["code"], "no-event");
}

#[test]
fn screening_answers_are_kept_with_their_result() {
    let h = harness();
    assert_eq!(
        h.refused("save_screening", json!({ "input": { "pregnant": true } }))["code"],
        "no-settings"
    );
    set_up(&h);
    let s = h.ok("save_screening", json!({ "input": { "pregnant": true } }));
    assert_eq!(s["talk_to_clinic"], true);
    assert_eq!(h.ok("sessions", json!({}))["screening"]["answers"]["pregnant"], true);
}

#[test]
fn screening_result_is_shown_before_anything_is_saved() {
    let h = harness();
    let before = h.snapshot();
    let clear = h.ok("screening_result", json!({ "input": {} }));
    assert_eq!(clear["talk_to_clinic"], false);
    let s = h.ok(
        "screening_result",
        json!({ "input": { "eczema": true, "pregnant": true } }),
    );
    assert_eq!(s["talk_to_clinic"], true);
    let summary = s["summary"].as_str().unwrap_or_default();
    assert!(summary.contains("eczema") && summary.contains("pregnan"), "{summary}");
    assert_ne!(s["summary"], clear["summary"]);
    assert_eq!(h.snapshot(), before, "a preview must not write");
    let typo = h.call("screening_result", json!({ "input": { "eczema": "yes" } }));
    assert!(typo.is_err(), "a non-boolean answer is refused: {typo:?}");
}

#[test]
fn reminders_list_snooze_and_finish() {
    let h = harness();
    set_up(&h);
    let r = h.ok("reminders", json!({}));
    let upcoming = r["upcoming"].as_array().expect("upcoming");
    assert!(upcoming.len() > 5, "a plan of reminders: {}", upcoming.len());
    let id = upcoming[0]["id"].as_str().expect("id").to_string();
    let s = h.ok("snooze_reminder", json!({ "id": id, "choice": "one-hour" }));
    assert_eq!(s["state"], "snoozed");
    assert_eq!(s["due"], upcoming[0]["due"], "the original due time is kept");
    assert_eq!(h.ok("reminders", json!({}))["snoozed"][0]["id"], json!(id));
    let d = h.ok("finish_reminder", json!({ "id": id }));
    assert_eq!(d["state"], "dismissed");
    assert_eq!(
        h.refused("snooze_reminder", json!({ "id": "nope", "choice": "one-hour" }))["code"],
        "no-reminder"
    );
    assert_eq!(
        h.refused("finish_reminder", json!({ "id": "nope" }))["code"],
        "no-reminder"
    );
    assert!(h
        .call("snooze_reminder", json!({ "id": id, "choice": "forever" }))
        .is_err());
}

#[test]
fn only_a_reminder_that_has_not_rung_is_skipped() {
    let h = harness();
    set_up(&h);
    let r = h.ok("reminders", json!({}));
    assert_eq!(
        r["today"].as_str().map(str::len),
        Some(10),
        "today's date for the day groups: {}",
        r["today"]
    );
    let upcoming = r["upcoming"].as_array().expect("upcoming");
    let (first, second) = (upcoming[0]["id"].clone(), upcoming[1]["id"].clone());
    let s = h.ok("skip_reminder", json!({ "id": first }));
    assert_eq!(s["state"], "skipped");
    let after = h.ok("reminders", json!({}));
    assert!(after["upcoming"]
        .as_array()
        .expect("upcoming")
        .iter()
        .all(|u| u["id"] != first));
    assert_eq!(
        after["recent"][0]["id"], first,
        "a skipped reminder is listed as done with"
    );
    // Rung (snoozed) or already skipped: refused in words, and nothing changes.
    h.ok("snooze_reminder", json!({ "id": second, "choice": "one-hour" }));
    let before = h.snapshot();
    for id in [&first, &second] {
        let e = h.refused("skip_reminder", json!({ "id": id }));
        assert_eq!(e["code"], "invalid", "{e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap_or("")
                .contains("snooze it or mark it done"),
            "{e}"
        );
    }
    assert_eq!(
        h.refused("skip_reminder", json!({ "id": "nope" }))["code"],
        "no-reminder"
    );
    assert_eq!(h.snapshot(), before, "a refused skip writes nothing");
}

#[test]
fn settings_are_validated_before_saving() {
    let h = harness();
    set_up(&h);
    let mut s = h.ok("settings", json!({}))["settings"].clone();
    assert_eq!(s["zone"], "Europe/Berlin");
    assert_eq!(s["quiet_start"], "22:00");
    for (k, v, at) in [
        ("grace_minutes", json!(-1), "grace_minutes"),
        ("grace_minutes", json!(5000), "grace_minutes"),
        ("series_length", json!(0), "series_length"),
        ("zone", json!("Nowhere/City"), "zone"),
        ("clinic_name", json!("a\nb"), "clinic_name"),
        ("quiet_start", json!(""), "quiet_start"),
    ] {
        let mut bad = s.clone();
        if k == "quiet_start" {
            bad["quiet_end"] = json!("07:00");
        }
        bad[k] = v;
        assert_eq!(field(&h.refused("save_settings", json!({ "input": bad }))), at, "{k}");
    }
    s["clinic_phone"] = json!("030 555");
    s["keep_in_tray"] = json!(false);
    let saved = h.ok("save_settings", json!({ "input": s }));
    assert_eq!(saved["settings"]["clinic_phone"], "030 555");
    assert_eq!(saved["protocol"]["origin"], "built-in");
    assert!(!h.app.state::<AppState>().keep_in_tray());
}

fn assert_private_file(v: &Value, ext: &str, export_dir: &Path) {
    let path = Path::new(v["path"].as_str().expect("path"));
    assert!(path.starts_with(export_dir), "{}", path.display());
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some(ext));
    let meta = std::fs::metadata(path).expect("exported file");
    assert_eq!(meta.len(), v["bytes"].as_u64().expect("bytes"));
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
        0o600
    );
}

#[test]
fn exports_write_private_files() {
    let h = harness();
    assert_eq!(h.refused("export_csv", json!({}))["code"], "no-treatment");
    set_up(&h);
    h.ok("save_checkin", checkin(2, "=HYPERLINK(\"x\")"));
    let dir = h.export_dir();
    let b = h.ok("export_backup", json!({}));
    assert_private_file(&b, "json", &dir);
    let c = h.ok("export_csv", json!({}));
    assert_private_file(&c, "csv", &dir);
    let csv = std::fs::read_to_string(c["path"].as_str().expect("path")).expect("csv");
    assert!(csv.contains("'=HYPERLINK"), "formula guard: {csv}");
    let ics = h.ok("export_calendar", json!({}));
    assert_private_file(&ics, "ics", &dir);
    let text = std::fs::read_to_string(ics["path"].as_str().expect("path")).expect("ics");
    assert!(text.starts_with("BEGIN:VCALENDAR"));
    let report = |from: &str, to: &str, name: &str| json!({ "input": { "from": from, "to": to, "notes": false, "name": name, "photos": [] } });
    let pdf = h.ok("export_report", report("", "", ""));
    assert_private_file(&pdf, "pdf", &dir);
    let text = std::process::Command::new("pdftotext")
        .args([pdf["path"].as_str().expect("path"), "-"])
        .output()
        .expect("pdftotext (make test installs poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Day by day") && text.contains("2 mild"), "{text}");
    assert!(!text.contains("HYPERLINK"), "notes left out: {text}");
}

#[test]
fn a_report_the_rules_refuse_names_the_field_and_writes_nothing() {
    let h = harness();
    assert_eq!(
        h.refused(
            "export_report",
            json!({ "input": { "from": "", "to": "", "notes": true, "name": "", "photos": [] } })
        )["code"],
        "no-treatment"
    );
    set_up(&h);
    let dir = h.export_dir();
    let cases = [
        (
            json!({ "from": "2026-13-01", "to": "", "notes": true, "name": "", "photos": [] }),
            "from",
            "not a date",
        ),
        (
            json!({ "from": "", "to": "1999-01-01", "notes": true, "name": "", "photos": [] }),
            "to",
            "outside the treatment's days",
        ),
        (
            json!({ "from": "", "to": "", "notes": true, "name": "n".repeat(81), "photos": [] }),
            "name",
            "at most 80",
        ),
        (
            json!({ "from": "", "to": "", "notes": true, "name": "", "photos": [41] }),
            "photos",
            "not one of the period's photos",
        ),
    ];
    for (input, want, words) in cases {
        let e = h.refused("export_report", json!({ "input": input }));
        assert_eq!(field(&e), want, "{e}");
        assert!(e["message"].as_str().expect("message").contains(words), "{e}");
    }
    let e = h.refused(
        "export_report",
        json!({ "input": { "from": "", "to": "", "notes": "yes", "name": "", "photos": [] } }),
    );
    assert_eq!(e["code"], "bad-input", "{e}");
    let written = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(written, 0, "nothing was written");
}

#[test]
fn restore_refuses_foreign_files_with_the_line_and_takes_good_ones() {
    let h = harness();
    set_up(&h);
    h.ok("save_checkin", checkin(2, "kept"));
    let b = h.ok("export_backup", json!({}));
    let good = std::fs::read_to_string(b["path"].as_str().expect("path")).expect("backup");

    let e = h.refused(
        "restore_backup",
        json!({ "text": "{\n  \"format\": \"someone-else\"\n}" }),
    );
    assert_eq!(e["code"], "backup");
    assert_eq!(field(&e), "backup");
    let e = h.refused("restore_backup", json!({ "text": "{\n \"format\": \n" }));
    assert!(e["message"].as_str().expect("message").contains("line"), "{e}");
    let broken = good.replacen("\"redness\": 2", "\"redness\": 9", 1);
    assert_ne!(broken, good);
    let e = h.refused("restore_backup", json!({ "text": broken }));
    assert!(
        e["message"]
            .as_str()
            .expect("message")
            .to_lowercase()
            .contains("redness"),
        "{e}"
    );

    let r = h.ok("restore_backup", json!({ "text": good }));
    assert_eq!((r["treatments"].as_i64(), r["checkins"].as_i64()), (Some(1), Some(1)));
}

#[test]
fn clinic_protocols_load_with_line_numbered_errors() {
    let h = harness();
    set_up(&h);
    let bad = "format = 1\nid = \"clinic\"\nversion = \"1\"\nname = \"Clinic\"\n\n[[rule]]\nid = \"gym\"\ncategory = \"flying\"\n";
    let e = h.refused("load_protocol", json!({ "text": bad, "fileName": "clinic.toml" }));
    assert_eq!(e["code"], "protocol");
    assert_eq!(field(&e), "protocol");
    let msg = e["message"].as_str().expect("message");
    assert!(msg.contains("clinic.toml:"), "names the file and line: {msg}");

    let src = aftercare_core::Protocol::builtin_source().replacen("version = \"", "version = \"clinic-", 1);
    let v = h.ok("load_protocol", json!({ "text": src, "fileName": "clinic.toml" }));
    assert_eq!(v["origin"], "clinic.toml");
    let back = h.ok("use_builtin_protocol", json!({}));
    assert_eq!(back["origin"], "built-in");
}

#[test]
fn the_acl_allows_exactly_the_registered_commands() {
    let listed: Vec<String> = include_str!("../src/commands.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let bindings = aftercare_app::bindings_source().expect("bindings");
    // Every call in the generated file reads `__TAURI_INVOKE…("name"`.
    let mut registered: Vec<String> = bindings
        .split("__TAURI_INVOKE")
        .skip(1)
        .filter_map(|rest| {
            rest.split_once("(\"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(name, _)| name.to_string())
        })
        .collect();
    registered.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(registered, sorted, "commands.txt and the registered commands differ");
    let cap: Value = serde_json::from_str(include_str!("../capabilities/main.json")).expect("capability");
    assert_eq!(cap["windows"], json!(["main"]));
    let perms: Vec<&str> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut want: Vec<String> = listed
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    want.extend(["core:event:allow-listen".into(), "core:event:allow-unlisten".into()]);
    let mut got: Vec<String> = perms.iter().map(|s| s.to_string()).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want, "only the permissions used");
    let conf: Value = serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let csp = conf["app"]["security"]["csp"].as_object().expect("csp");
    for (k, v) in csp {
        let v = v.as_str().unwrap_or("");
        assert!(!v.contains("http://") || k == "connect-src", "{k}: {v}");
        assert!(
            !v.contains("https:") && !v.contains("unsafe") && !v.contains('*'),
            "{k}: {v}"
        );
    }
}

#[test]
fn generated_bindings_are_up_to_date() {
    let fresh = aftercare_app::bindings_source().expect("bindings");
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(aftercare_app::BINDINGS),
    )
    .expect("ui/src/lib/bindings.ts");
    assert!(
        fresh == committed,
        "ui/src/lib/bindings.ts is stale: run `cargo run -p aftercare-app --example bindings`"
    );
}

#[test]
fn what_the_capability_does_not_grant_is_refused() {
    let h = harness();
    // No HTTP, shell or fs plugin is there to be reached.
    for cmd in ["plugin:http|fetch", "plugin:shell|execute", "plugin:fs|read_file"] {
        let e = h.call(cmd, json!({})).expect_err(cmd);
        assert!(e.as_str().is_some_and(|m| m.contains("not allowed")), "{cmd}: {e}");
    }
    // A page from anywhere but the app's own assets can't call the app's commands.
    let e = h
        .call_from("https://example.com", "today", json!({}))
        .expect_err("remote origin");
    assert!(e.as_str().is_some_and(|m| m.contains("not allowed")), "{e}");
    h.ok("today", json!({}));
    assert_eq!(
        h.ok("ready", json!({})),
        Value::Null,
        "the start-up signal answers nothing"
    );
}

#[test]
fn a_warning_after_a_check_in_says_who_to_call_and_that_the_clinic_comes_first() {
    let h = harness();
    set_up(&h);
    let mut c = checkin(1, "");
    c["input"]["symptoms"]["pus"] = json!(true);
    let saved = h.ok("save_checkin", c);
    let e = &saved["alert"]["escalation"];
    assert_eq!(e["tier"], "call-clinic", "{saved}");
    assert_eq!(e["first_step"], "Call Skin Clinic today: +49 30 1234567.");
    assert_eq!(e["emergency_first"], false);
    assert!(e["clinic_first"].as_str().is_some_and(|s| s.contains("come first")));
    assert!(e["if_unreachable"].as_str().is_some_and(|s| s.contains("urgent care")));
    let mut c = checkin(1, "");
    c["input"]["symptoms"]["breathing_trouble"] = json!(true);
    let saved = h.ok("save_checkin", c);
    let e = &saved["alert"]["escalation"];
    assert_eq!(
        (e["emergency_first"].as_bool(), e["emergency_number"].as_str()),
        (Some(true), Some("112"))
    );
    let today = h.ok("today", json!({}));
    assert_eq!(today["alert"]["escalation"], *e, "Today shows the same warning");
    assert!(today["when_to_call"]["signs"].as_array().is_some_and(|s| s.len() >= 7));
    // Self-care notes alone are shown, without an escalation.
    let mut c = checkin(1, "");
    c["input"]["symptoms"]["peeling"] = json!(true);
    let saved = h.ok("save_checkin", c);
    assert_eq!(saved["alert"]["tier"], "self-care");
    assert!(saved["alert"]["escalation"].is_null());
    assert!(!saved["alert"]["flags"].as_array().expect("flags").is_empty());
}

/// "Log today" keeps the check-in for the page: a page that was still loading when it was
/// clicked takes it once it listens, and only once (a reload goes to Today).
#[test]
fn asked_screen_is_taken_once() {
    let h = harness();
    assert_eq!(h.ok("asked_screen", json!({})), Value::Null);
    let state = h.app.state::<AppState>();
    state.ask_screen(aftercare_app::views::OpenScreen::Checkin);
    state.ask_screen(aftercare_app::views::OpenScreen::Checkin);
    assert_eq!(h.ok("asked_screen", json!({})), "checkin");
    assert_eq!(h.ok("asked_screen", json!({})), Value::Null);
}

/// The page says when a form holds unsaved input; closing the window then asks first.
#[test]
fn form_unsaved_is_kept_and_refuses_anything_but_yes_or_no() {
    let h = harness();
    assert!(!h.app.state::<AppState>().form_unsaved());
    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(h.app.state::<AppState>().form_unsaved());
    let e = h.refused("form_unsaved", json!({ "unsaved": "" }));
    assert_eq!(field(&e), "unsaved");
    assert!(
        h.app.state::<AppState>().form_unsaved(),
        "a refused call changed the flag"
    );
    h.ok("form_unsaved", json!({ "unsaved": false }));
    assert!(!h.app.state::<AppState>().form_unsaved());
}

/// Leaving unsaved input is asked once: "keep editing" keeps the window and the input (and
/// the next close asks again); a second close while asked goes ahead; "leave" closes the
/// window; a refused answer changes nothing.
#[test]
fn leaving_unsaved_input_is_asked_once_and_answered() {
    use aftercare_app::state::Leaving;
    let h = harness();
    let state = h.app.state::<AppState>();
    // What leaving does is the shell's (it closes the window or quits); here it is recorded.
    let (tx, rx) = std::sync::mpsc::channel();
    state.on_leave(Box::new(move |how| tx.send(how).map_err(|e| e.to_string())));
    assert!(!state.ask_leaving(Leaving::Window), "nothing unsaved: no question");

    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(state.ask_leaving(Leaving::Window), "unsaved input: asked");
    let e = h.refused("answer_unsaved", json!({ "answer": "maybe" }));
    assert_eq!(field(&e), "answer");
    assert!(
        !state.ask_leaving(Leaving::Window),
        "a refused answer ended the question (a second close must go ahead)"
    );
    assert!(!state.form_unsaved(), "the input went with the window");

    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(state.ask_leaving(Leaving::Window));
    h.ok("answer_unsaved", json!({ "answer": "keep-editing" }));
    assert!(state.form_unsaved(), "keep editing lost the unsaved flag");
    assert_eq!(rx.try_recv().ok(), None, "keep editing closed the window");
    assert!(state.ask_leaving(Leaving::Window), "the next close asks again");

    h.ok("answer_unsaved", json!({ "answer": "keep-editing" }));
    assert!(state.ask_leaving(Leaving::App), "the tray's Quit asks too");
    h.ok("answer_unsaved", json!({ "answer": "leave" }));
    assert_eq!(rx.try_recv().ok(), Some(Leaving::App), "leave did not quit");
    assert!(!state.form_unsaved());
    assert_eq!(state.answer_leaving(), None, "the answer is taken once");

    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(state.ask_leaving(Leaving::Window));
    h.ok("answer_unsaved", json!({ "answer": "leave" }));
    assert_eq!(
        rx.try_recv().ok(),
        Some(Leaving::Window),
        "leave did not close the window"
    );

    // A page that reloaded while asked took the question with it: its "leave" does nothing,
    // and the new page's unsaved input is asked about again.
    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(state.ask_leaving(Leaving::Window));
    state.page_gone();
    h.ok("answer_unsaved", json!({ "answer": "leave" }));
    assert_eq!(rx.try_recv().ok(), None, "an answer from a page gone closed the window");
    h.ok("form_unsaved", json!({ "unsaved": true }));
    assert!(
        state.ask_leaving(Leaving::Window),
        "the new page's input was not asked about"
    );
}
