//! The `aftercare` commands over a real database file, as a person would use them.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn run(db: &Path, args: &[&str]) -> Output {
    run_in("C.UTF-8", db, args)
}

/// The command in a terminal whose language is `lang` (and nothing else says one), whatever
/// the machine's: the terminal's language decides the words.
fn run_in(lang: &str, db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_TIME")
        .env("LANG", lang)
        .output()
        .expect("runs")
}

fn ok(db: &Path, args: &[&str]) -> String {
    ok_in("C.UTF-8", db, args)
}

/// What the command printed, in a terminal whose language is `lang`; it must succeed.
fn ok_in(lang: &str, db: &Path, args: &[&str]) -> String {
    let o = run_in(lang, db, args);
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn fails(db: &Path, args: &[&str], needle: &str) {
    let o = run(db, args);
    assert_eq!(o.status.code(), Some(2), "{args:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(needle), "{args:?}: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one clear line: {err}");
}

/// A fresh database holding one treatment (Fri 20 Nov 2026 14:00, Berlin).
fn db_with_treatment() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("aftercare.db");
    ok(
        &db,
        &[
            "treatment",
            "add",
            "--ended",
            "2026-11-20T14:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    (dir, db)
}

/// Everything stored, as the backup document: a separate process may let SQLite rewrite
/// its WAL on exit, so across processes "unchanged" is checked on content (the store's
/// own tests check byte-for-byte within one process).
fn db_bytes(db: &Path) -> String {
    let out = db.with_extension("snapshot.json");
    ok(db, &["export", "--json", out.to_str().expect("path")]);
    std::fs::read_to_string(&out).expect("snapshot")
}

#[test]
fn a_client_uses_the_product_from_a_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("aftercare.db");
    fails(&db, &["plan"], "no treatment recorded yet");
    fails(&db, &["checkin", "--redness", "1"], "no treatment recorded yet");

    let s = ok(
        &db,
        &[
            "treatment",
            "add",
            "--ended",
            "2026-11-20T14:00",
            "--tz",
            "Europe/Berlin",
            "--area",
            "face",
            "--series-number",
            "1",
        ],
    );
    assert!(s.contains("Recorded treatment #1"), "{s}");
    ok(
        &db,
        &[
            "settings",
            "--clinic-name",
            "Skin Studio",
            "--clinic-phone",
            "+49 30 1234567",
        ],
    );

    let s = ok(
        &db,
        &[
            "checkin",
            "--date",
            "2026-11-21",
            "--redness",
            "3",
            "--breakouts",
            "2",
            "--notes",
            "red, \"warm\"\nand tight",
        ],
    );
    assert!(
        s.contains("Saved your check-in for Sat 21 Nov (day 2): redness moderate (3)"),
        "{s}"
    );
    let s = ok(&db, &["checkin", "--date", "2026-11-21", "--redness", "2"]);
    assert!(s.starts_with("Updated"), "{s}");
    ok(&db, &["checkin", "--date", "2026-11-22", "--redness", "2", "--pus"]);

    // Bad input: one line, exit 2, and not a byte of the database changes.
    let before = db_bytes(&db);
    fails(
        &db,
        &["checkin", "--date", "2026-11-22", "--redness", "7"],
        "Redness is 0 (none) to 4 (severe), not 7.",
    );
    fails(
        &db,
        &["checkin", "--date", "2026-11-22", "--redness", "1", "--pain", "-1"],
        "Pain",
    );
    fails(
        &db,
        &["checkin", "--date", "2026-11-19", "--redness", "1"],
        "before your treatment",
    );
    fails(
        &db,
        &["checkin", "--date", "2099-01-01", "--redness", "1"],
        "hasn't happened yet",
    );
    fails(&db, &["checkin", "--date", "someday", "--redness", "1"], "not a date");
    fails(
        &db,
        &["settings", "--clinic-phone", "call me"],
        "A phone number uses digits",
    );
    fails(&db, &["settings", "--tz", "Mars/Base"], "unknown time zone");
    fails(
        &db,
        &[
            "treatment",
            "add",
            "--ended",
            "2099-01-01T10:00",
            "--tz",
            "Europe/Berlin",
        ],
        "can't have ended in the future",
    );
    assert_eq!(db_bytes(&db), before);

    let h: Value = serde_json::from_str(&ok(&db, &["history", "--json"])).expect("json");
    assert_eq!(h["checkins"].as_array().map(Vec::len), Some(2));
    assert_eq!(h["checkins"][0]["redness"], 2, "the edit replaced the day");
    assert_eq!(h["trend"][1]["day"], 3);
    assert_eq!(h["assessment"]["tier"], "call-clinic");
    assert_eq!(h["escalation"]["tier"], "call-clinic");
    assert!(h["escalation"]["clinic_first"]
        .as_str()
        .is_some_and(|s| s.contains("come first")));
    let text = ok(&db, &["history"]);
    assert!(
        text.contains("Call your clinic today") && text.contains("+49 30 1234567"),
        "{text}"
    );

    // The stored treatment and settings drive plan and can.
    let plan: Value = serde_json::from_str(&ok(&db, &["plan", "--json", "--now", "2026-11-21T08:00"])).expect("json");
    assert_eq!(plan["treatment"]["ended_at"], "2026-11-20T14:00:00+01:00");
    let o = run(&db, &["can", "sauna", "--at", "2026-11-21T12:00"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn export_import_round_trip_and_refusals() {
    let (dir, db) = db_with_treatment();
    ok(
        &db,
        &[
            "checkin",
            "--date",
            "2026-11-21",
            "--redness",
            "3",
            "--notes",
            "a, b\n\"c\"",
        ],
    );
    let csv = dir.path().join("c.csv");
    let json = dir.path().join("b.json");
    let s = ok(
        &db,
        &[
            "export",
            "--csv",
            csv.to_str().expect("p"),
            "--json",
            json.to_str().expect("p"),
        ],
    );
    assert!(
        s.contains("Wrote 1 check-in to") && s.contains("Backed up 1 treatment and 1 check-in to"),
        "{s}"
    );
    use std::os::unix::fs::PermissionsExt;
    for f in [&csv, &json] {
        assert_eq!(
            std::fs::metadata(f).expect("m").permissions().mode() & 0o777,
            0o600,
            "exports are private"
        );
    }
    let csv_text = std::fs::read_to_string(&csv).expect("csv");
    assert!(csv_text.contains("\"a, b\n\"\"c\"\"\""), "{csv_text}");

    let other = dir.path().join("other.db");
    let s = ok(&other, &["import", json.to_str().expect("p")]);
    assert!(s.contains("Restored 1 treatment and 1 check-in from"), "{s}");
    let again = dir.path().join("again.json");
    ok(&other, &["export", "--json", again.to_str().expect("p")]);
    assert_eq!(std::fs::read(&json).expect("a"), std::fs::read(&again).expect("b"));

    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        std::fs::read_to_string(&json)
            .expect("j")
            .replace("\"redness\": 3", "\"redness\": 8"),
    )
    .expect("w");
    let before = db_bytes(&other);
    fails(
        &other,
        &["import", bad.to_str().expect("p")],
        "backup refused, nothing changed: line",
    );
    fails(
        &other,
        &["import", dir.path().join("missing.json").to_str().expect("p")],
        "missing.json",
    );
    assert_eq!(db_bytes(&other), before);
}

#[test]
fn the_environment_variable_names_the_database() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("env.db");
    let o = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args([
            "treatment",
            "add",
            "--ended",
            "2026-11-20T14:00",
            "--tz",
            "Europe/Berlin",
        ])
        .env("AFTERCARE_DB", &db)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(db.exists());
}

#[test]
fn clinic_protocols_are_stored_and_bad_ones_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("aftercare.db");
    let src = ok(&db, &["show-protocol"])
        .replace("id = \"micro-needling\"", "id = \"skin-studio\"")
        .replacen("end = \"48h\"", "end = \"72h\"", 1);
    let good = dir.path().join("clinic.toml");
    std::fs::write(&good, &src).expect("w");
    let s = ok(&db, &["load-protocol", good.to_str().expect("p")]);
    assert!(s.contains("\"skin-studio\""), "{s}");
    ok(
        &db,
        &[
            "treatment",
            "add",
            "--ended",
            "2026-11-20T14:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    let o = run(&db, &["can", "gym", "--at", "2026-11-22T20:00"]);
    assert_eq!(o.status.code(), Some(1), "the clinic's 72 h gym rule applies");

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, src.replace("category = \"sun\"", "category = \"moon\"")).expect("w");
    let before = db_bytes(&db);
    fails(&db, &["load-protocol", bad.to_str().expect("p")], "bad.toml:");
    assert_eq!(db_bytes(&db), before);
}

#[test]
fn only_one_daemon_delivers_and_sigterm_stops_it_cleanly() {
    let (dir, db) = db_with_treatment();
    let mut first = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .arg("--db")
        .arg(&db)
        .arg("daemon")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("daemon");
    let lock = dir.path().join("aftercare.db.scheduler.lock");
    let started = std::time::Instant::now();
    while !std::fs::read_to_string(&lock).is_ok_and(|s| s.contains("aftercare daemon")) {
        assert!(started.elapsed().as_secs() < 20, "the daemon never took the lock");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    fails(
        &db,
        &["daemon"],
        "reminders are already being delivered by aftercare daemon (pid",
    );
    let kill = Command::new("kill")
        .args(["-TERM", &first.id().to_string()])
        .status()
        .expect("kill");
    assert!(kill.success());
    let status = first.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "SIGTERM ends the daemon cleanly");
    // The treatment was entered days after it ended: what fell due before that is each
    // rule's state now, not a list of missed reminders.
    let r = ok(&db, &["reminders"]);
    assert!(!r.contains("Missed"), "{r}");
}

#[test]
fn without_a_notification_service_the_daemon_keeps_reminders_waiting_and_says_so_once() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("aftercare.db");
    // Daily reminders fall on the hour (09:00, 12:00, 20:00) and anything due within 3 minutes
    // after the start reminders holds them back to share one notification, so near the hour the
    // treatment is placed in a zone whose clock is half an hour off it.
    let utc_minute = Command::new("date").args(["-u", "+%M"]).output().expect("date");
    let utc_minute: u32 = String::from_utf8_lossy(&utc_minute.stdout)
        .trim()
        .parse()
        .expect("minute");
    let zone = if utc_minute >= 50 {
        "Asia/Kolkata"
    } else {
        "Europe/Berlin"
    };
    let now = Command::new("date")
        .arg("+%Y-%m-%dT%H:%M")
        .env("TZ", zone)
        .output()
        .expect("date");
    let now = String::from_utf8_lossy(&now.stdout).trim().to_string();
    ok(&db, &["treatment", "add", "--ended", &now, "--tz", zone]);
    let log = dir.path().join("daemon.log");
    let mut daemon = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .arg("--db")
        .arg(&db)
        .arg("daemon")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("daemon");
    // The start reminders fall due at once; the first try fails, then the 5 s retry too.
    let started = std::time::Instant::now();
    let listed = loop {
        let r = ok(&db, &["reminders"]);
        if r.contains("tried 2×") {
            break r;
        }
        assert!(started.elapsed().as_secs() < 30, "no retry seen: {r}");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    let kill = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status()
        .expect("kill");
    assert!(kill.success());
    assert_eq!(daemon.wait().expect("wait").code(), Some(0));
    assert!(
        listed.contains("Not shown yet: notifications can't be shown right now (5)"),
        "{listed}"
    );
    assert!(
        !listed.contains("Delivered"),
        "nothing delivered while nothing was shown: {listed}"
    );
    let json = ok(&db, &["reminders", "--json"]);
    let ledger: serde_json::Value = serde_json::from_str(&json).expect("json");
    let waiting: Vec<_> = ledger
        .as_array()
        .expect("ledger")
        .iter()
        .filter(|e| e["state"] == "not-shown")
        .collect();
    assert_eq!(waiting.len(), 5);
    assert!(waiting
        .iter()
        .all(|e| e["delivered_at"].is_null() && e["retry_at"].is_string()));
    let log = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        log.matches("notifications can't be shown").count(),
        1,
        "the outage is logged once, not once per reminder per pass:\n{log}"
    );
    assert!(!log.contains("delivered="), "no pass claims a delivery:\n{log}");
}

fn pdf_text(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (make test installs poppler-utils)");
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_report_for_the_clinic_is_written_as_asked_and_bad_choices_write_nothing() {
    let (dir, db) = db_with_treatment();
    let out = dir.path().join("report.pdf");
    let out_s = out.to_str().expect("path");
    ok(&db, &["report", "--out", out_s]);
    assert!(pdf_text(&out).contains("No check-ins were logged in this period."));
    std::fs::remove_file(&out).expect("rm");
    ok(
        &db,
        &[
            "checkin",
            "--date",
            "2026-11-21",
            "--redness",
            "3",
            "--notes",
            "Ερυθρότητα & <b>warm</b> 😊",
        ],
    );
    ok(&db, &["checkin", "--date", "2026-11-22", "--redness", "2", "--pus"]);

    fails(
        &db,
        &["report", "--out", out_s, "--from", "2026-11-22", "--to", "2026-11-21"],
        "--to: The last day (Sat 21 Nov 2026) is before the first (Sun 22 Nov 2026).",
    );
    fails(
        &db,
        &["report", "--out", out_s, "--from", "last week"],
        "\"last week\" is not a date like 2026-11-21",
    );
    fails(
        &db,
        &["report", "--out", out_s, "--from", "2026-11-19"],
        "--from: Thu 19 Nov 2026 is outside the treatment's days.",
    );
    fails(
        &db,
        &["report", "--out", out_s, "--to", "2099-01-01"],
        "--to: Thu 1 Jan 2099 is outside the treatment's days.",
    );
    assert!(!out.exists(), "a refused report writes nothing");

    let s = ok(&db, &["report", "--out", out_s]);
    assert!(s.starts_with("Wrote the report (2 days logged, 1 warning sign,"), "{s}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the report is private");
    }
    let text = pdf_text(&out);
    assert!(text.contains("Fri 20 Nov 2026, 14:00 (Europe/Berlin)"), "{text}");
    assert!(text.contains("Ερυθρότητα & <b>warm</b> 😊"), "{text}");
    assert!(text.contains("Pus or yellow crust"), "{text}");
    assert!(!text.contains("For:"), "{text}");

    ok(
        &db,
        &[
            "report",
            "--out",
            out_s,
            "--no-notes",
            "--from",
            "2026-11-22",
            "--to",
            "2026-11-22",
            "--name",
            "Ada",
        ],
    );
    let text = pdf_text(&out);
    assert!(
        !text.contains("Ερυθρότητα") && !text.contains("Sat 21 Nov 2026 2"),
        "{text}"
    );
    assert!(text.contains("For: Ada") && text.contains("Sun 22 Nov 2026"), "{text}");
}

/// A 2x1 PNG: a red and a blue pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x7b, 0x40, 0xe8, 0xdd, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xb8, 0x23, 0x02, 0x04, 0x77, 0x00, 0x07, 0x23, 0x02, 0x09, 0x68, 0xc5, 0xaf,
    0x2d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

#[test]
fn photos_are_added_to_logged_days_listed_exported_and_deleted() {
    let (dir, db) = db_with_treatment();
    let png = dir.path().join("skin.png");
    std::fs::write(&png, PNG).expect("png");
    let png_s = png.to_str().expect("path");
    fails(
        &db,
        &["photo", "add", "--date", "2026-11-21", png_s],
        "has no check-in yet",
    );
    ok(&db, &["checkin", "--date", "2026-11-21", "--redness", "2"]);
    let text = dir.path().join("note.txt");
    std::fs::write(&text, "not a picture").expect("txt");
    fails(
        &db,
        &["photo", "add", "--date", "2026-11-21", text.to_str().expect("p")],
        "isn't a picture the app can read",
    );
    let gif = dir.path().join("a.gif");
    std::fs::write(&gif, b"GIF89a\x01\x00\x01\x00\x00\x00\x00;").expect("gif");
    fails(
        &db,
        &["photo", "add", "--date", "2026-11-21", gif.to_str().expect("p")],
        "GIF pictures can't be added; photos can be JPEG, PNG or WebP",
    );
    fails(
        &db,
        &["photo", "add", "--date", "21/11/2026", png_s],
        "is not a date like 2026-11-21",
    );
    assert_eq!(ok(&db, &["photo", "list"]).trim(), "No photos yet.");

    let s = ok(&db, &["photo", "add", "--date", "2026-11-21", png_s]);
    assert!(s.starts_with("Added photo 1 to Sat 21 Nov 2026 (day 2): 2x1"), "{s}");
    let list: Value = serde_json::from_str(&ok(&db, &["photo", "list", "--json"])).expect("json");
    assert_eq!(list[0]["date"], "2026-11-21");
    assert_eq!(list[0]["day"], 2);
    let out = dir.path().join("out.jpg");
    let out_s = out.to_str().expect("path");
    fails(
        &db,
        &["photo", "export", "--date", "2026-11-22", "--out", out_s],
        "2026-11-22 has no photos",
    );
    fails(
        &db,
        &[
            "photo",
            "export",
            "--date",
            "2026-11-21",
            "--number",
            "2",
            "--out",
            out_s,
        ],
        "has 1 photo; pick 1 to 1",
    );
    ok(&db, &["photo", "export", "--date", "2026-11-21", "--out", out_s]);
    let jpeg = std::fs::read(&out).expect("exported");
    assert!(
        jpeg.starts_with(&[0xFF, 0xD8]) && jpeg.ends_with(&[0xFF, 0xD9]),
        "a JPEG"
    );
    // The backup carries it; deleting it leaves none.
    assert!(db_bytes(&db).contains("\"photos\""));
    fails(&db, &["photo", "delete", "7"], "There is no photo 7.");
    ok(&db, &["photo", "delete", "1"]);
    assert_eq!(ok(&db, &["photo", "list"]).trim(), "No photos yet.");
}

/// The command as a German terminal runs it.
fn german(db: &Path, args: &[&str]) -> Output {
    run_in("de_DE.UTF-8", db, args)
}

fn german_ok(db: &Path, args: &[&str]) -> String {
    ok_in("de_DE.UTF-8", db, args)
}

#[test]
fn the_command_line_speaks_the_terminals_language() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("aftercare.db");
    let s = german_ok(
        &db,
        &[
            "treatment",
            "add",
            "--ended",
            "2026-11-20T14:00",
            "--tz",
            "Europe/Berlin",
        ],
    );
    assert!(
        s.starts_with("Behandlung gespeichert: #1, beendet am Fr., 20. Nov. 2026, 14:00 (Europe/Berlin)."),
        "{s}"
    );
    assert!(s.contains("Erinnerungen geplant."), "{s}");

    let s = german_ok(
        &db,
        &["checkin", "--date", "2026-11-21", "--redness", "3", "--breakouts", "1"],
    );
    assert!(
        s.starts_with("Check-in für Sa., 21. Nov. (Tag 2) gespeichert: Rötung mittel (3), 1 Pickel,"),
        "{s}"
    );

    let s = german_ok(&db, &["plan", "--now", "2026-11-21T08:00"]);
    for words in [
        "Behandlung endete am Fr., 20. Nov. 2026, 14:00 (Europe/Berlin)",
        "Jetzt: Sa., 21. Nov. 2026, 08:00 (Tag 2)",
        "Zeitplan",
        "Kein Fitnessstudio, kein anstrengender Sport",
        "Normal an Tag 2",
        "keine medizinische Beratung",
    ] {
        assert!(s.contains(words), "{words:?} missing: {s}");
    }
    // The protocol's texts and the frame around them are German alike.
    for english in [
        "Timeline",
        "Treatment",
        " left",
        "until",
        "Reminders",
        "No gym",
        "medical advice",
    ] {
        assert!(!s.contains(english), "English {english:?} in: {s}");
    }

    let s = german_ok(&db, &["settings"]);
    assert!(s.contains("Zeitzone:           Europe/Berlin"), "{s}");
    assert!(s.contains("Nachfrist:          120 Min."), "{s}");
    assert!(s.contains("Täglicher Check-in: 20:00"), "{s}");
    assert!(s.contains("Behandlungsreihe:   3 Sitzungen"), "{s}");

    let s = german_ok(&db, &["history"]);
    assert!(
        s.contains("Datum") && s.contains("Rötung") && s.contains("mittel"),
        "{s}"
    );
    for english in ["date", "redness", "moderate", "expected", "spots", "notes"] {
        assert!(!s.contains(english), "English {english:?} in: {s}");
    }
    // The columns line up under their German headings ("Pickel" is wider than "spots").
    let lines: Vec<&str> = s.lines().collect();
    let heading = lines.iter().find(|l| l.contains("Datum")).expect("heading");
    let row = lines.iter().find(|l| l.contains("2026-11-21")).expect("row");
    let end = heading
        .find("Pickel")
        .map(|i| heading[..i].chars().count() + "Pickel".chars().count());
    let spots_end = end.and_then(|n| row.chars().nth(n - 1));
    assert_eq!(spots_end, Some('1'), "the 1 new spot ends under \"Pickel\": {s}");

    // Refusals too: core's, and the suggestion for a mistyped zone.
    let before = db_bytes(&db);
    let o = german(&db, &["settings", "--tz", "Europe/Berln"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unbekannte Zeitzone „Europe/Berln“") && err.contains("Meinten Sie Europe/Berlin?"),
        "{err}"
    );
    let o = german(&db, &["checkin", "--date", "2026-11-21", "--redness", "7"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Rötung"), "{err}");
    assert!(!err.contains("redness must"), "{err}");
    assert_eq!(db_bytes(&db), before, "a refusal changes nothing");

    // An English terminal on the same database reads English.
    let s = ok(&db, &["settings"]);
    assert!(s.contains("Grace period:     120 min"), "{s}");

    // The app's language choice (stored in the settings) is the app's: a German terminal
    // still reads every warning in German, its reasons included, and an English one in English.
    let backup = dir.path().join("backup.json");
    ok(&db, &["export", "--json", backup.to_str().expect("path")]);
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(&backup).expect("read")).expect("json");
    doc["settings"]["language"] = Value::from("en");
    std::fs::write(&backup, doc.to_string()).expect("write");
    ok(&db, &["import", backup.to_str().expect("path")]);
    let s = german_ok(&db, &["checkin", "--date", "2026-11-22", "--redness", "3", "--pus"]);
    assert!(s.contains("Eiter oder gelbe Krusten"), "{s}");
    assert!(!s.contains("Pus") && !s.contains("Call your clinic"), "{s}");
    let s = ok(&db, &["history"]);
    assert!(s.contains("Pus or yellow crust") && !s.contains("Eiter"), "{s}");

    // Mistakes on the command line itself, before any command runs.
    let o = german(&db, &["plna"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unbekannter Befehl „plna“. Meinten Sie plan?") && err.contains("Mehr dazu unter „--help“."),
        "{err}"
    );
    let o = run(&db, &["checkin", "--redness", "x"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("invalid value 'x' for '--redness <REDNESS>': a whole number, like 2"),
        "{err}"
    );
}
