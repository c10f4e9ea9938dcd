//! Every registered command, called through the mock runtime with generated arguments (wrong
//! JSON types, huge and negative numbers, fractions, empty, very long and control-character
//! strings, unknown and missing fields): it never panics, always answers a valid result or a
//! typed `{code, message, field}`, and a refusal leaves the database as it was.
//!
//! `AFTERCARE_FUZZ_CASES` sets the cases per command (default 120; `make fuzz` runs 2,000).
//! Lone UTF-16 surrogates from JavaScript never reach a command: they make the request body
//! invalid JSON, which Tauri refuses while parsing it.

mod support;

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Map, Value};
use support::*;

/// Each command with a valid example of its arguments, the starting point of mutations.
fn commands() -> Vec<(&'static str, Value)> {
    let today = today_date();
    vec![
        ("setup_defaults", json!({})),
        ("set_up", setup_input(5)),
        ("today", json!({})),
        ("can_i", json!({ "query": "gym" })),
        ("timeline", json!({})),
        (
            "save_checkin",
            json!({ "input": {
                "date": today, "redness": 2, "breakouts": 1, "swelling": 1, "pain": 2,
                "symptoms": {"warmth": false, "itching": false, "peeling": false, "bruising": false, "bleeding": false,
                "pus": false, "red_streaks": false, "blisters": false, "fever": false,
                "breathing_trouble": false, "dark_patches": false}, "notes": "fine"
            }}),
        ),
        ("checkin_for", json!({ "dateText": today })),
        ("trend", json!({})),
        ("sessions", json!({})),
        ("check_session_date", json!({ "dateText": "2027-01-10" })),
        (
            "add_event",
            json!({ "input": { "date": "2027-01-20", "kind": "makeup", "label": "Wedding" } }),
        ),
        ("remove_event", json!({ "id": 1 })),
        (
            "save_screening",
            json!({ "input": { "pregnant": false, "eczema": true } }),
        ),
        ("screening_result", json!({ "input": { "pregnant": true } })),
        ("reminders", json!({})),
        ("snooze_reminder", json!({ "id": "gym-end-0", "choice": "one-hour" })),
        ("finish_reminder", json!({ "id": "gym-end-0" })),
        ("skip_reminder", json!({ "id": "gym-end-0" })),
        ("settings", json!({})),
        ("language", json!({})),
        (
            "save_settings",
            json!({ "input": {
                "zone": "Europe/Berlin", "checkin_at": "20:00", "quiet_start": "22:00", "quiet_end": "07:00",
                "clinic_name": "Skin Clinic", "clinic_phone": "+49 30 1234567", "emergency_number": "",
                "grace_minutes": 120, "series_length": 3, "keep_in_tray": false, "start_at_login": false, "language": ""
            }}),
        ),
        ("export_backup", json!({})),
        ("export_csv", json!({})),
        ("export_calendar", json!({})),
        (
            "export_report",
            json!({ "input": { "from": "", "to": today, "notes": true, "name": "Ada", "photos": [1] } }),
        ),
        // (add_photo takes the picture as the request body; its JSON arguments are refused
        // as a whole, and src-tauri/tests/photos.rs sends it real bodies.)
        ("add_photo", json!({ "bytes": [1, 2, 3] })),
        ("photos", json!({})),
        ("photo", json!({ "id": 1 })),
        ("delete_photo", json!({ "id": 1 })),
        ("restore_backup", json!({ "text": "{}" })),
        (
            "load_protocol",
            json!({ "text": "format = 1", "fileName": "clinic.toml" }),
        ),
        ("use_builtin_protocol", json!({})),
        ("ready", json!({})),
        ("asked_screen", json!({})),
        ("form_unsaved", json!({ "unsaved": false })),
        ("answer_unsaved", json!({ "answer": "keep-editing" })),
        ("start_failure", json!({})),
    ]
}

/// A JSON leaf of the kinds that break naive decoding.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        prop_oneof![
            Just(-1_i64),
            Just(0),
            Just(1),
            Just(500),
            Just(501),
            Just(99_999_999_999)
        ]
        .prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (-1e12_f64..1e12).prop_map(|f| json!(f)),
        Just(json!(2.5)),
        Just(json!("")),
        Just(json!(" ")),
        Just(json!("x".repeat(10_000))),
        Just(json!("a\u{0}b\u{7}c\u{1b}[31m")),
        Just(json!("\u{202e}dlrow\u{feff}")),
        Just(json!("2026-02-30")),
        Just(json!("2026-11-20T14:00")),
        Just(json!("Europe/Berlin")),
        Just(json!("25:61")),
        "\\PC{0,40}".prop_map(Value::String),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

/// A change to a valid argument object.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value at a path (argument, or a field inside it) with anything.
    Replace(usize, Option<usize>, Value),
    /// Drop a field inside an argument object.
    Remove(usize, usize),
    /// Add a field nobody declared.
    Unknown(usize, String, Value),
    /// Leave an argument out altogether.
    Missing(usize),
    /// Send an argument nobody declared next to the others.
    Extra(String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), prop::option::of(any::<usize>()), any_json()).prop_map(|(a, f, v)| Mutation::Replace(a, f, v)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, f)| Mutation::Remove(a, f)),
        1 => (any::<usize>(), "[a-z_]{1,12}", any_json()).prop_map(|(a, k, v)| Mutation::Unknown(a, k, v)),
        1 => any::<usize>().prop_map(Mutation::Missing),
        1 => ("[a-z][a-zA-Z]{0,11}", any_json()).prop_map(|(k, v)| Mutation::Extra(k, v)),
    ]
}

fn nth_key(m: &Map<String, Value>, n: usize) -> Option<String> {
    (!m.is_empty()).then(|| m.keys().nth(n % m.len()).cloned()).flatten()
}

/// Where a field mutation lands: in the argument's object, or, for an odd `f` whose field is
/// itself an object (a check-in's signs), in the object inside it.
fn target(inner: &mut Map<String, Value>, f: usize) -> (&mut Map<String, Value>, usize) {
    let nested = nth_key(inner, f / 2).filter(|k| f % 2 == 1 && inner.get(k).is_some_and(Value::is_object));
    match nested {
        Some(k) => (
            inner.get_mut(&k).and_then(Value::as_object_mut).expect("an object"),
            f / 2,
        ),
        None => (inner, f),
    }
}

fn apply(valid: &Value, m: &Mutation) -> Value {
    let mut args = valid.clone();
    let Some(obj) = args.as_object_mut() else { return args };
    match m {
        Mutation::Replace(a, f, v) => {
            if let Some(k) = nth_key(obj, *a) {
                match (f, obj.get_mut(&k).and_then(Value::as_object_mut)) {
                    (Some(f), Some(inner)) => {
                        let (inner, f) = target(inner, *f);
                        if let Some(fk) = nth_key(inner, f) {
                            inner.insert(fk, v.clone());
                        }
                    }
                    _ => {
                        obj.insert(k, v.clone());
                    }
                }
            }
        }
        Mutation::Remove(a, f) => {
            if let Some(inner) = nth_key(obj, *a)
                .and_then(|k| obj.get_mut(&k))
                .and_then(Value::as_object_mut)
            {
                let (inner, f) = target(inner, *f);
                if let Some(fk) = nth_key(inner, f) {
                    inner.remove(&fk);
                }
            }
        }
        Mutation::Missing(a) => {
            if let Some(k) = nth_key(obj, *a) {
                obj.remove(&k);
            }
        }
        Mutation::Extra(k, v) => {
            obj.insert(format!("x{k}"), v.clone());
        }
        Mutation::Unknown(a, k, v) => {
            if let Some(inner) = nth_key(obj, *a)
                .and_then(|key| obj.get_mut(&key))
                .and_then(Value::as_object_mut)
            {
                inner.insert(format!("x_{k}"), v.clone());
            }
        }
    }
    args
}

#[derive(Default)]
struct Tally {
    ok: usize,
    refused: usize,
}

#[test]
fn every_command_answers_generated_arguments_with_a_result_or_a_typed_refusal() {
    let per_command: usize = std::env::var("AFTERCARE_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120);
    let h = harness();
    set_up(&h);
    let commands = commands();
    // Every command the app registers is fuzzed (the generated bindings list them).
    let bindings = include_str!("../../ui/src/lib/bindings.ts");
    for registered in bindings
        .split("TAURI_INVOKE(\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        assert!(
            commands.iter().any(|(c, _)| *c == registered),
            "command {registered} is registered but not fuzzed"
        );
    }
    let mut runner = TestRunner::new(Config {
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        ..Config::default()
    });
    let strategy = mutation();
    let mut tally: BTreeMap<&str, Tally> = BTreeMap::new();
    for i in 0..per_command {
        for (cmd, valid) in &commands {
            let m = strategy.new_tree(&mut runner).expect("case").current();
            let args = apply(valid, &m);
            let before = h.snapshot();
            let t = tally.entry(cmd).or_default();
            match h.call(cmd, args.clone()) {
                Ok(_) => t.ok += 1,
                Err(e) => {
                    t.refused += 1;
                    assert!(
                        e["code"].as_str().is_some_and(|s| !s.is_empty())
                            && e["message"].as_str().is_some_and(|s| !s.is_empty()),
                        "case {i}: {cmd} {args}: refusal is not a typed error: {e}"
                    );
                    assert!(e.get("field").is_some(), "case {i}: {cmd}: no field key: {e}");
                    if e["code"] == "bad-input" {
                        assert!(
                            e["field"].as_str().is_some_and(|f| !f.is_empty()),
                            "case {i}: {cmd} {args}: a decoding refusal names no field: {e}"
                        );
                    }
                    assert_eq!(
                        h.snapshot(),
                        before,
                        "case {i}: {cmd} {args} changed the database while refusing with {e}"
                    );
                }
            }
        }
    }
    let total: usize = tally.values().map(|t| t.ok + t.refused).sum();
    eprintln!("command fuzz: {total} cases");
    for (cmd, t) in &tally {
        eprintln!("  {cmd:22} {:5} answered, {:5} refused", t.ok, t.refused);
    }
}
