//! The `aftercare` binary as a person runs it: output, JSON shape, exit codes.

use std::process::{Command, Output};

use serde_json::Value;

/// Runs the binary against an empty database of its own, never the user's.
fn aftercare(args: &[&str]) -> Output {
    aftercare_in("C.UTF-8", args)
}

/// [`aftercare`] in a terminal whose locale is `lang` (and nothing else names one).
fn aftercare_in(lang: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("dir");
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(args)
        .env("AFTERCARE_DB", dir.path().join("a.db"))
        // The terminal's language decides the words: English here, whatever the machine's.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .env("LANG", lang)
        .output()
        .expect("runs")
}

const T: [&str; 4] = ["--treated", "2026-11-20T14:00", "--tz", "Europe/Berlin"];

fn with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = extra.to_vec();
    v.extend_from_slice(&T);
    v
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn plan_json_has_the_stable_shape() {
    let o = aftercare(&with(&["plan", "--json", "--now", "2026-11-21T08:00"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    let entries = v["entries"].as_array().expect("entries");
    let gym = entries.iter().find(|e| e["rule"] == "gym").expect("gym");
    assert_eq!(gym["category"], "activity");
    assert_eq!(gym["starts_at"], "2026-11-20T14:00:00+01:00");
    assert_eq!(gym["ends_at"], "2026-11-22T14:00:00+01:00");
    assert_eq!(gym["status"], "active");
    assert_eq!(gym["facts"], serde_json::json!(["F1"]));
    let reminders = v["reminders"].as_array().expect("reminders");
    assert!(reminders.len() > 20);
    for r in reminders {
        for key in ["id", "rule", "due_at", "title", "body"] {
            assert!(
                r[key].as_str().is_some_and(|s| !s.is_empty()),
                "reminder lacks {key}: {r}"
            );
        }
    }
    let gym_end = reminders
        .iter()
        .find(|r| r["rule"] == "gym" && r["kind"] == "end")
        .expect("gym end");
    assert_eq!(gym_end["due_at"], "2026-11-22T14:00:00+01:00");
    assert_eq!(v["day"], 2);
    // Same inputs, same ids.
    let again: Value =
        serde_json::from_slice(&aftercare(&with(&["plan", "--json", "--now", "2026-11-21T08:00"])).stdout)
            .expect("json");
    assert_eq!(v["reminders"], again["reminders"]);
}

#[test]
fn plan_prints_a_readable_timeline() {
    let o = aftercare(&with(&["plan", "--now", "2026-11-21T08:00", "--quiet", "22:00-07:00"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.contains("No gym or hard exercise"));
    assert!(s.contains("30 h left"), "{s}");
    assert!(s.contains("Normal on day 2"), "{s}");
    assert!(s.contains("not medical advice"));
}

#[test]
fn times_are_written_as_the_terminals_region_writes_them() {
    let plan = |lang: &str| {
        let o = aftercare_in(lang, &with(&["plan", "--now", "2026-11-21T08:00"]));
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let us = plan("en_US.UTF-8");
    assert!(
        us.contains("Treatment ended Fri, Nov 20, 2026, 2:00\u{a0}PM (Europe/Berlin)"),
        "{us}"
    );
    assert!(
        us.contains("Sat, Nov 21, 2026, 9:00\u{a0}AM  Stay out of direct sun"),
        "{us}"
    );
    let au = plan("en_AU.UTF-8");
    assert!(au.contains("Treatment ended Fri 20 Nov 2026, 2:00\u{a0}pm"), "{au}");
    // No region (a bare machine's C locale) and Britain write the same 24 hours.
    let plain = plan("C.UTF-8");
    assert!(plain.contains("Treatment ended Fri 20 Nov 2026, 14:00"), "{plain}");
    assert_eq!(plan("en_GB.UTF-8"), plain);
    // The region's habits are English ones: a German terminal in Austria writes German.
    let at = plan("de_AT.UTF-8");
    assert!(at.contains("Fr., 20. Nov. 2026, 14:00"), "{at}");
}

#[test]
fn plan_after_a_move_reports_what_changed() {
    let o = aftercare(&with(&[
        "plan",
        "--json",
        "--moved-to",
        "America/New_York",
        "--now",
        "2026-11-21T08:00",
    ]));
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["relocation"]["to_zone"], "America/New_York");
    assert!(!v["relocation"]["reminders"]["moved"]
        .as_array()
        .expect("moved")
        .is_empty());
    assert_eq!(v["treatment"]["zone"], "America/New_York");
    let gym = v["entries"]
        .as_array()
        .expect("e")
        .iter()
        .find(|e| e["rule"] == "gym")
        .cloned()
        .expect("gym");
    assert_eq!(
        gym["ends_at"], "2026-11-22T08:00:00-05:00",
        "hour windows keep their instant"
    );
}

#[test]
fn can_exits_0_for_yes_and_1_for_not_yet() {
    let no = aftercare(&with(&["can", "gym", "--at", "2026-11-21T12:00"]));
    assert_eq!(no.status.code(), Some(1));
    assert!(stdout(&no).contains("Not yet"));
    assert!(stdout(&no).contains("Sun 22 Nov, 14:00"));
    // Between 48 and 72 hours the gym question still weighs the sweat rule.
    let care = aftercare(&with(&["can", "gym", "--at", "2026-11-22T14:00"]));
    assert_eq!(care.status.code(), Some(0));
    assert!(
        stdout(&care).starts_with("~ With care: keep sweating to a minimum until"),
        "{}",
        stdout(&care)
    );
    let yes = aftercare(&with(&["can", "gym", "--at", "2026-11-23T14:00"]));
    assert_eq!(yes.status.code(), Some(0));
    assert!(stdout(&yes).contains("Yes"));
    let json = aftercare(&with(&["can", "sauna", "--json", "--at", "2026-11-21T12:00"]));
    let v: Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["verdict"], "not-yet");
    assert_eq!(v["fine_from"], "2026-11-23T14:00:00+01:00");
}

#[test]
fn bad_arguments_exit_2_with_one_clear_line() {
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["can", "gym", "--treated", "2026-11-20T14:00", "--tz", "Mars/Base"],
            "unknown time zone",
        ),
        (
            vec!["can", "gym", "--treated", "2026-11-20T14:00", "--tz", "Europe/Berln"],
            "unknown time zone \"Europe/Berln\": use an IANA name like Europe/Berlin or America/New_York. Did you mean Europe/Berlin?",
        ),
        (
            vec!["can", "gym", "--treated", "last friday", "--tz", "Europe/Berlin"],
            "can't read \"last friday\"",
        ),
        (with(&["can", "skydiving"]), "nothing called \"skydiving\""),
        (with(&["plan", "--quiet", "22-7"]), "can't read \"22\" as a time of day"),
        (with(&["plan", "--quiet", "2200"]), "HH:MM-HH:MM"),
        (with(&["plan", "--checkin-at", "8pm"]), "as a time of day"),
        (
            with(&["plan", "--protocol", "/nonexistent/clinic.toml"]),
            "/nonexistent/clinic.toml",
        ),
        (with(&["can", "gym", "--at", "soon"]), "can't read \"soon\""),
        (vec!["plan", "--tz", "Europe/Berlin"], "no treatment recorded yet"),
        (vec!["plan", "--treated", "2026-11-20T14:00"], "--tz"),
        (vec!["frobnicate"], "unrecognized subcommand"),
    ];
    for (args, needle) in cases {
        let o = aftercare(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    // Nothing close: no guess.
    let far = aftercare(&["can", "gym", "--treated", "2026-11-20T14:00", "--tz", "Mars/Base"]);
    assert!(!stderr(&far).contains("Did you mean"), "{}", stderr(&far));
}

#[test]
fn clinic_protocols_are_checked_with_line_and_rule() {
    let dir = std::env::temp_dir().join(format!("aftercare-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let show = aftercare(&["show-protocol"]);
    let good = stdout(&show);
    let good_path = dir.join("good.toml");
    std::fs::write(&good_path, &good).expect("write");
    let g = good_path.to_string_lossy().to_string();
    let ok = aftercare(&["check-protocol", &g]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("ok"));

    let bad = good.replacen("end = \"7d\"", "end = \"0h\"", 1);
    let bad_path = dir.join("bad.toml");
    std::fs::write(&bad_path, bad).expect("write");
    let b = bad_path.to_string_lossy().to_string();
    let o = aftercare(&["check-protocol", &b]);
    assert_eq!(o.status.code(), Some(2));
    let line = good.lines().position(|l| l == "end = \"7d\"").expect("line") + 1;
    assert!(
        stderr(&o).contains(&format!("bad.toml:{line}: rule \"sun\"")),
        "{}",
        stderr(&o)
    );

    let planned = aftercare(&with(&["plan", "--protocol", &b]));
    assert_eq!(
        planned.status.code(),
        Some(2),
        "a bad clinic file is refused, not half-used"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn ics_is_written_to_a_file() {
    let path = std::env::temp_dir().join(format!("aftercare-{}.ics", std::process::id()));
    let p = path.to_string_lossy().to_string();
    let o = aftercare(&with(&["ics", "--out", &p]));
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.trim_end().ends_with("END:VCALENDAR"));
    // 9 rule windows and 14 check-ins (nothing logged, so they go on to day 14).
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 9 + 14);
    std::fs::remove_file(&path).ok();
}
