//! Backup → wipe → restore → backup gives the same file; bad backups change nothing.

mod common;

use aftercare_core::series::{EventKind, MarkedEvent};
use aftercare_core::{Preferences, Protocol, ReminderPlan};
use aftercare_store::{Backup, LedgerState, Store};
use common::*;
use jiff::civil::date;
use jiff::{SignedDuration, Timestamp};

async fn filled(store: &Store) -> i64 {
    let chosen = aftercare_core::Settings {
        emergency_number: Some("999".into()),
        language: Some(aftercare_i18n::Language::German),
        ..settings()
    };
    store.save_settings(&chosen).await.expect("settings");
    store
        .add_event(&MarkedEvent {
            date: date(2026, 12, 24),
            kind: EventKind::Makeup,
            label: "Wedding, \"big\" one".into(),
        })
        .await
        .expect("event");
    let clinic = Protocol::builtin_source().replace("id = \"micro-needling\"", "id = \"skin-studio\"");
    store
        .load_protocol(&clinic, "skin-studio.toml")
        .await
        .expect("protocol");
    let t = treatment(store).await;
    store
        .add_treatment(&new_treatment("2026-09-01T10:00:00Z"))
        .await
        .expect("older");
    for (d, r, n) in [
        (21, 3, "red, warm\nand tight"),
        (22, 2, "quote \" here"),
        (23, 1, "=SUM(A1)"),
    ] {
        save(store, t.id, &checkin(date(2026, 11, d), r, n))
            .await
            .expect("checkin");
    }
    let mut dark = checkin(date(2026, 11, 24), 1, "");
    dark.symptoms.dark_patches = true;
    save(store, t.id, &dark).await.expect("checkin");
    let plan = ReminderPlan::build(Protocol::builtin(), &t.treatment, &Preferences::default(), &[]).expect("plan");
    store.sync_plan(t.id, &plan).await.expect("ledger");
    store
        .set_reminder_state(&plan.reminders[0].id, LedgerState::Delivered, Timestamp::now(), None)
        .await
        .expect("delivered");
    // One reminder whose notification could not be shown, waiting for its retry.
    let start = t.treatment.ended_at;
    let claim = store
        .claim_due(start, SignedDuration::from_hours(2), SignedDuration::ZERO)
        .await
        .expect("claim");
    let id = claim.deliver.last().expect("due at the start").reminder_id.clone();
    let waiting = store
        .record_not_shown(
            &[id],
            "no notification service",
            start + SignedDuration::from_secs(5),
            start,
        )
        .await
        .expect("not shown");
    assert_eq!(waiting.len(), 1);
    t.id
}

fn not_shown_entry(v: &mut serde_json::Value) -> &mut serde_json::Map<String, serde_json::Value> {
    v["ledger"]
        .as_array_mut()
        .and_then(|l| l.iter_mut().find(|e| e["state"] == "not-shown"))
        .and_then(serde_json::Value::as_object_mut)
        .expect("a reminder waiting in the backup")
}

#[tokio::test]
async fn backup_wipe_restore_backup_is_identical() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    filled(&store).await;
    let first = store.backup().await.expect("backup").to_json();
    assert!(first.contains("\"state\": \"not-shown\""), "a waiting reminder is kept");

    // Wipe: a brand-new database file.
    let dir2 = tempfile::tempdir().expect("dir");
    let fresh = open(&dir2).await;
    fresh.restore(&first).await.expect("restore");
    let second = fresh.backup().await.expect("backup").to_json();
    // Everything comes back, except reminders still waiting that fell due before the restore
    // (less the grace period): those are each rule's state now, not reminders to be missed.
    let cutoff = Timestamp::now() - SignedDuration::from_mins(120);
    let mut expected: serde_json::Value = serde_json::from_str(&first).expect("json");
    let ledger = expected["ledger"].as_array_mut().expect("ledger");
    let before = ledger.len();
    ledger.retain(|e| {
        let pending = ["planned", "snoozed", "not-shown"].contains(&e["state"].as_str().unwrap_or(""));
        let due = [&e["snoozed_until"], &e["retry_at"], &e["due_at"]]
            .into_iter()
            .find_map(|t| t.as_str())
            .and_then(|t| t.parse::<Timestamp>().ok())
            .expect("due");
        !(pending && due < cutoff)
    });
    assert!(ledger.len() < before, "the fixture has overdue reminders waiting");
    let back: serde_json::Value = serde_json::from_str(&second).expect("json");
    assert_eq!(back, expected);
    assert!(first.contains("\"dark_patches\": true") && first.contains("\"emergency_number\": \"999\""));
    let s = fresh.settings().await.expect("read").expect("settings");
    assert_eq!(s.emergency_number.as_deref(), Some("999"));
    let mut dark_days = 0;
    for t in fresh.treatments().await.expect("treatments") {
        let c = fresh.checkins(t.id).await.expect("checkins");
        dark_days += c.iter().filter(|c| c.checkin.symptoms.dark_patches).count();
    }
    assert_eq!(dark_days, 1, "a ticked question survives the round trip");
    // Restoring over existing data replaces it (no duplicates).
    store.restore(&first).await.expect("restore over");
    assert_eq!(store.backup().await.expect("backup").to_json(), second);
    fresh.integrity_check().await.expect("ok");
}

fn refused(store_backup: &str, edit: impl Fn(&mut serde_json::Value), line_expected: bool, needle: &str) -> String {
    let text = edited(store_backup, edit);
    let e = Backup::parse(&text).expect_err(needle);
    let msg = e.to_string();
    assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    if line_expected {
        assert!(e.line.is_some(), "{msg}: no line");
    }
    text
}

#[tokio::test]
async fn bad_backups_are_refused_with_line_and_field_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    filled(&store).await;
    let good = store.backup().await.expect("backup").to_json();

    assert!(
        good.contains("\"language\": \"de\""),
        "the chosen language is in the backup"
    );
    let mut bad_texts = vec![
        refused(
            &good,
            |v| v["settings"]["language"] = "fr".into(),
            false,
            "settings.language",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["checkins"][1]["values"]["redness"] = 7.into(),
            true,
            "treatments[0].checkins[1]: Redness is 0 (none) to 4 (severe), not 7.",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["checkins"][0]["values"]["pain"] = (-2).into(),
            true,
            "pain",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["zone"] = "Mars/Base".into(),
            true,
            "treatments[0].zone",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["checkins"][0]["values"]["colour"] = "red".into(),
            true,
            "unknown field `colour`",
        ),
        // A sign's value is read after its check-in's values (they share one object in the
        // file), so the refusal names the check-in's values rather than the sign.
        refused(
            &good,
            |v| v["treatments"][0]["checkins"][0]["values"]["fever"] = "yes".into(),
            true,
            "treatments[0].checkins[0].values",
        ),
        refused(
            &good,
            |v| v["format"] = "something-else".into(),
            false,
            "not an Aftercare Companion backup",
        ),
        refused(
            &good,
            |v| v["version"] = 99.into(),
            false,
            "version 99 is not supported",
        ),
        refused(
            &good,
            |v| v["ledger"][0]["treatment_id"] = 999.into(),
            false,
            "ledger[0].treatment_id: no treatment with id 999",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["protocol_id"] = 42.into(),
            false,
            "treatments[0].protocol_id",
        ),
        refused(
            &good,
            |v| v["settings"]["clinic_phone"] = "call me".into(),
            false,
            "settings.clinic_phone",
        ),
        refused(
            &good,
            |v| v["treatments"][0]["checkins"][1]["date"] = "2026-11-21".into(),
            false,
            "appears twice",
        ),
        refused(
            &good,
            |v| v["protocols"][0]["source"] = "format = 1\nid = \"x\"".into(),
            false,
            "protocols[0].source",
        ),
        refused(
            &good,
            |v| {
                not_shown_entry(v).remove("retry_at");
            },
            false,
            "retry_at: is set, with owed_since and not_shown_reason, for reminders not shown",
        ),
        refused(
            &good,
            |v| {
                not_shown_entry(v).remove("not_shown_reason");
            },
            false,
            "retry_at",
        ),
        refused(
            &good,
            |v| v["ledger"][0]["state"] = "exploded".into(),
            true,
            "unknown value `exploded`",
        ),
    ];
    // Not JSON at all, and JSON cut short.
    bad_texts.push("this is not a backup\n".into());
    bad_texts.push(good[..good.len() / 2].to_string());
    let e = Backup::parse(&good[..good.len() / 2]).expect_err("truncated");
    assert!(e.line.is_some_and(|l| l > 10), "{e}");
    let e = Backup::parse("{\n  \"format\": \"aftercare-companion-backup\",\n  \"version\": 1,\n  \"settings\": null,\n  \"events\": [],\n  \"protocols\": [],\n  \"treatments\": [{\"id\": 1}]\n}").expect_err("missing");
    assert_eq!(e.line, Some(7), "{e}");
    assert!(e.to_string().contains("treatments[0]"), "{e}");

    store.checkpoint().await.expect("checkpoint");
    let before = snapshot(&store);
    for text in &bad_texts {
        let err = store.restore(text).await.expect_err("refused");
        assert_eq!(err.code(), "backup", "{err}");
    }
    assert_eq!(snapshot(&store), before, "a refused restore changes no byte");
    assert_eq!(store.backup().await.expect("backup").to_json(), good);
}

#[tokio::test]
async fn csv_export_reads_back_in_a_csv_reader() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    let id = filled(&store).await;
    let text = store.export_csv(id).await.expect("csv");
    assert!(text.starts_with("date,day,redness,redness_label,breakouts"));
    let mut r = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = r.headers().expect("headers").clone();
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 4, "one row per day");
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    assert_eq!(&rows[0][col("date")], "2026-11-21");
    assert_eq!(&rows[0][col("day")], "2");
    assert_eq!(&rows[0][col("redness_label")], "moderate");
    assert_eq!(&rows[0][col("notes")], "red, warm\nand tight");
    assert_eq!(&rows[1][col("notes")], "quote \" here");
    assert_eq!(&rows[2][col("notes")], "'=SUM(A1)", "formulas are neutralised");
    assert_eq!(&rows[0][col("warmth")], "no");
    assert_eq!(
        (&rows[0][col("dark_patches")], &rows[3][col("dark_patches")]),
        ("no", "yes")
    );
    assert!(rows.iter().all(|r| r.len() == headers.len()));
}
