//! The store against a real SQLite file.

mod common;

use aftercare_core::{Preferences, Protocol, QuietHours, ReminderPlan};
use aftercare_store::{Backup, Error, LedgerState, Store};
use common::*;
use jiff::civil::{date, time};
use jiff::{SignedDuration, Timestamp};

/// The field a refusal names.
fn field_of(e: &aftercare_store::Error) -> Option<&'static str> {
    match e {
        aftercare_store::Error::Domain(aftercare_core::Error::Invalid { field, .. }) => Some(field),
        _ => None,
    }
}

#[tokio::test]
async fn the_file_is_private_and_durable() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("nested/folder/aftercare.db");
    let store = Store::open(&path).await.expect("open");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "database file mode");
    let dir_mode = std::fs::metadata(path.parent().expect("dir"))
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir_mode, 0o700, "folder mode");
    let (journal,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .expect("pragma");
    let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous")
        .fetch_one(store.pool())
        .await
        .expect("pragma");
    let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
        .fetch_one(store.pool())
        .await
        .expect("pragma");
    let (busy,): (i64,) = sqlx::query_as("PRAGMA busy_timeout")
        .fetch_one(store.pool())
        .await
        .expect("pragma");
    assert_eq!(
        (journal.as_str(), sync, fk),
        ("wal", 2, 1),
        "WAL, synchronous=FULL, foreign keys"
    );
    assert!(busy >= 5000);
    treatment(&store).await;
    let wal_mode = std::fs::metadata(path.with_extension("db-wal"))
        .expect("wal")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(wal_mode, 0o600, "the WAL is as private as the database");
    assert_eq!(store.schema_version().await.expect("v"), 10);
    store.integrity_check().await.expect("ok");
}

#[tokio::test]
async fn settings_round_trip_and_bad_settings_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    assert_eq!(store.settings().await.expect("none"), None);
    let mut s = settings();
    s.quiet_hours = Some(QuietHours::new(time(22, 0, 0, 0), time(7, 0, 0, 0)).expect("q"));
    s.checkin_at = None;
    s.screening = Some(aftercare_core::screening::ScreeningAnswers {
        pregnant: true,
        ..Default::default()
    });
    store.save_settings(&s).await.expect("save");
    assert_eq!(store.settings().await.expect("load"), Some(s.clone()));
    // The checklist answers travel with a backup, too.
    let doc = store.backup().await.expect("backup");
    let again = Backup::parse(&doc.to_json()).expect("parse");
    assert_eq!(again.settings.and_then(|d| d.screening), s.screening);
    let before = snapshot(&store);
    let bad = aftercare_core::Settings {
        clinic_phone: "ring ring".into(),
        ..s.clone()
    };
    let e = store.save_settings(&bad).await.expect_err("bad phone");
    assert_eq!(e.code(), "invalid");
    assert_eq!(field_of(&e), Some("clinic_phone"), "{e}");
    assert_eq!(snapshot(&store), before, "a rejected write changes no byte");
    assert_eq!(store.settings().await.expect("load"), Some(s));
}

#[tokio::test]
async fn treatments_and_their_validation() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    assert!(store.latest_treatment().await.expect("none").is_none());
    let a = store
        .add_treatment(&new_treatment("2026-09-01T10:00:00Z"))
        .await
        .expect("a");
    let b = treatment(&store).await;
    assert_eq!(
        store.latest_treatment().await.expect("latest").map(|t| t.id),
        Some(b.id)
    );
    assert_eq!(
        store
            .treatments()
            .await
            .expect("all")
            .iter()
            .map(|t| t.id)
            .collect::<Vec<_>>(),
        vec![a.id, b.id]
    );
    assert_eq!(store.treatment(b.id).await.expect("b"), b);
    assert!(matches!(store.treatment(999).await, Err(Error::NoTreatment(999))));

    let before = snapshot(&store);
    let future = Timestamp::now() + SignedDuration::from_hours(2);
    let cases = [
        (
            aftercare_store::NewTreatment {
                ended_at: future,
                ..new_treatment("2026-11-20T13:00:00Z")
            },
            "ended_at",
        ),
        (
            aftercare_store::NewTreatment {
                area: "x".repeat(101),
                ..new_treatment("2026-11-20T13:00:00Z")
            },
            "area",
        ),
        (
            aftercare_store::NewTreatment {
                notes: "x".repeat(2001),
                ..new_treatment("2026-11-20T13:00:00Z")
            },
            "notes",
        ),
        (
            aftercare_store::NewTreatment {
                series_number: Some(13),
                ..new_treatment("2026-11-20T13:00:00Z")
            },
            "series_number",
        ),
        (
            aftercare_store::NewTreatment {
                clinic: "a\u{0}b".into(),
                ..new_treatment("2026-11-20T13:00:00Z")
            },
            "clinic",
        ),
    ];
    for (t, field) in cases {
        let e = store.add_treatment(&t).await.expect_err(field);
        assert_eq!(field_of(&e), Some(field), "{e}");
    }
    assert_eq!(snapshot(&store), before);
}

#[tokio::test]
async fn the_latest_treatment_is_by_instant_not_by_text() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    // As text, "…:00Z" sorts after "…:00.5Z"; as instants it is half a second earlier.
    let whole = store
        .add_treatment(&new_treatment("2026-11-20T13:00:00Z"))
        .await
        .expect("whole second");
    let half = store
        .add_treatment(&new_treatment("2026-11-20T13:00:00.5Z"))
        .await
        .expect("half a second later");
    let latest = store.latest_treatment().await.expect("latest").map(|t| t.id);
    assert_eq!(latest, Some(half.id), "the later instant is the current case");
    let order: Vec<i64> = store.treatments().await.expect("all").iter().map(|t| t.id).collect();
    assert_eq!(order, vec![whole.id, half.id]);
    assert_eq!(store.current_case().await.expect("case").map(|c| c.id()), Some(half.id));
}

#[tokio::test]
async fn one_checkin_per_day_editing_keeps_created_at() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    let t = treatment(&store).await;
    let first = save(&store, t.id, &checkin(date(2026, 11, 21), 3, "red"))
        .await
        .expect("save");
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let edited = save(&store, t.id, &checkin(date(2026, 11, 21), 2, "better"))
        .await
        .expect("edit");
    assert_eq!(edited.created_at, first.created_at);
    assert!(edited.updated_at > first.updated_at);
    assert_eq!(edited.checkin.notes, "better");
    save(&store, t.id, &checkin(date(2026, 11, 22), 1, ""))
        .await
        .expect("save");
    let all = store.checkins(t.id).await.expect("all");
    assert_eq!(all.len(), 2, "editing a day does not add one");
    assert_eq!(
        store
            .checkin(t.id, date(2026, 11, 21))
            .await
            .expect("get")
            .map(|c| c.checkin.redness.score()),
        Some(2)
    );

    let case = store.case_of(t.id).await.expect("case");
    let trend = aftercare_core::checkin::trend(&case.treatment, &case.history);
    assert_eq!(
        trend.iter().map(|p| (p.day, p.redness)).collect::<Vec<_>>(),
        vec![(2, 2), (3, 1)]
    );
    assert!(trend[0].expected > trend[1].expected);

    let before = snapshot(&store);
    let e = save(&store, t.id, &checkin(date(2026, 11, 19), 1, ""))
        .await
        .expect_err("before treatment");
    assert_eq!(field_of(&e), Some("date"), "{e}");
    assert!(matches!(
        save(&store, 999, &checkin(date(2026, 11, 21), 1, "")).await,
        Err(Error::NoTreatment(999))
    ));
    assert_eq!(snapshot(&store), before);
}

#[tokio::test]
async fn check_constraints_are_a_second_line_of_defence() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    let t = treatment(&store).await;
    save(&store, t.id, &checkin(date(2026, 11, 21), 3, ""))
        .await
        .expect("save");
    let before = snapshot(&store);
    // Bypassing the Rust validation: SQLite itself refuses, and the transaction leaves no trace.
    for sql in [
        "UPDATE checkins SET redness = 5",
        "UPDATE checkins SET pain = -1",
        "UPDATE checkins SET fever = 2",
        "UPDATE treatments SET series_number = 13",
        "INSERT INTO checkins (treatment_id, date, redness, breakouts, swelling, pain, warmth, itching, peeling, bruising, bleeding, pus, red_streaks, blisters, fever, breathing_trouble, notes, created_at, updated_at) VALUES (999, '2026-11-22', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '', 'x', 'x')",
        "INSERT INTO settings (id, zone, updated_at, quiet_start) VALUES (1, 'UTC', 'x', '22:00')",
    ] {
        let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await.expect("tx");
        assert!(sqlx::query(sql).execute(&mut *tx).await.is_err(), "{sql} must be refused");
        tx.rollback().await.expect("rollback");
    }
    assert_eq!(snapshot(&store), before);
}

#[tokio::test]
async fn a_restore_elsewhere_never_leaves_a_stale_protocol_in_the_case() {
    let clinic = |id: &str| Protocol::builtin_source().replace("id = \"micro-needling\"", &format!("id = \"{id}\""));
    // Another database whose first protocol (row 1) is another clinic's.
    let other_dir = tempfile::tempdir().expect("dir");
    let other = open(&other_dir).await;
    other
        .load_protocol(&clinic("other-clinic"), "other.toml")
        .await
        .expect("load");
    treatment(&other).await;
    let backup = other.backup().await.expect("backup").to_json();

    let dir = tempfile::tempdir().expect("dir");
    let app = open(&dir).await;
    app.load_protocol(&clinic("skin-studio"), "skin-studio.toml")
        .await
        .expect("load");
    treatment(&app).await;
    assert_eq!(app.required_case().await.expect("case").protocol.id, "skin-studio");
    // The command line restores the other backup into the same file while the app runs.
    let cli = open(&dir).await;
    cli.restore(&backup).await.expect("restore");
    assert_eq!(
        app.required_case().await.expect("case").protocol.id,
        "other-clinic",
        "the app's cached protocol of row 1 is not the one stored there now"
    );
}

/// The stored clinic protocol new treatments get, if any (else the built-in one).
async fn active(store: &Store) -> Option<String> {
    let all = store.protocols().await.expect("protocols");
    all.into_iter().find(|p| p.active).map(|p| p.protocol_id)
}

#[tokio::test]
async fn protocols_are_validated_and_a_bad_one_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    assert_eq!(active(&store).await, None, "the built-in one");
    let clinic = Protocol::builtin_source().replace("id = \"micro-needling\"", "id = \"skin-studio\"");
    let stored = store.load_protocol(&clinic, "skin-studio.toml").await.expect("load");
    assert!(stored.active);
    assert_eq!(active(&store).await.as_deref(), Some("skin-studio"));
    let t = treatment(&store).await;
    assert_eq!(t.protocol_id, Some(stored.id), "new treatments remember their protocol");
    assert_eq!(store.case_of(t.id).await.expect("case").protocol.id, "skin-studio");

    let before = snapshot(&store);
    let bad = clinic.replacen("end = \"7d\"", "end = \"0h\"", 1);
    let e = store.load_protocol(&bad, "bad.toml").await.expect_err("bad");
    assert!(e.to_string().starts_with("bad.toml:"), "{e}");
    assert!(e.to_string().contains("rule \"sun\""), "{e}");
    let changed = clinic.replacen("end = \"7d\"", "end = \"8d\"", 1);
    let e = store
        .load_protocol(&changed, "changed.toml")
        .await
        .expect_err("same version, new content");
    assert!(e.to_string().contains("new version"), "{e}");
    assert_eq!(snapshot(&store), before);
    assert_eq!(active(&store).await.as_deref(), Some("skin-studio"));
    // Loading the same file again is idempotent.
    assert_eq!(
        store
            .load_protocol(&clinic, "skin-studio.toml")
            .await
            .expect("again")
            .id,
        stored.id
    );
    store.use_builtin_protocol().await.expect("builtin");
    assert_eq!(active(&store).await, None, "the built-in one again");
    assert_eq!(store.protocols().await.expect("all").len(), 1);
}

#[tokio::test]
async fn the_ledger_follows_the_plan_idempotently() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    let t = treatment(&store).await;
    let plan = ReminderPlan::build(Protocol::builtin(), &t.treatment, &Preferences::default(), &[]).expect("plan");
    let s = store.sync_plan(t.id, &plan).await.expect("sync");
    assert_eq!(s.added, plan.reminders.len());
    let again = store.sync_plan(t.id, &plan).await.expect("again");
    assert_eq!(
        (again.added, again.moved, again.removed, again.unchanged),
        (0, 0, 0, plan.reminders.len())
    );

    let first = plan.reminders[0].id.clone();
    let delivered = store
        .set_reminder_state(&first, LedgerState::Delivered, Timestamp::now(), None)
        .await
        .expect("deliver");
    assert_eq!(delivered.state, LedgerState::Delivered);
    assert!(delivered.delivered_at.is_some());
    let snooze_until = Timestamp::now() + SignedDuration::from_mins(15);
    let second = plan.reminders[1].id.clone();
    let snoozed = store
        .set_reminder_state(&second, LedgerState::Snoozed, Timestamp::now(), Some(snooze_until))
        .await
        .expect("snooze");
    assert_eq!(snoozed.snoozed_until, Some(snooze_until));
    assert_eq!(
        snoozed.due_at,
        plan.reminders[1].due_at.timestamp(),
        "snooze keeps the original due time"
    );
    assert!(store
        .set_reminder_state(&second, LedgerState::Snoozed, Timestamp::now(), None)
        .await
        .is_err());
    assert!(matches!(
        store
            .set_reminder_state("nope", LedgerState::Dismissed, Timestamp::now(), None)
            .await,
        Err(Error::NoReminder(_))
    ));

    // A new check-in time moves the planned check-in reminders; delivered ones stay settled.
    let prefs = Preferences {
        checkin_at: Some(time(21, 0, 0, 0)),
        quiet_hours: None,
    };
    let moved = ReminderPlan::build(Protocol::builtin(), &t.treatment, &prefs, &[]).expect("plan");
    let s = store.sync_plan(t.id, &moved).await.expect("sync");
    assert_eq!(s.moved, 14);
    assert_eq!(s.settled, 2);
    // Turning check-ins off removes the planned ones, never the settled.
    let off = Preferences {
        checkin_at: None,
        quiet_hours: None,
    };
    let fewer = ReminderPlan::build(Protocol::builtin(), &t.treatment, &off, &[]).expect("plan");
    let s = store.sync_plan(t.id, &fewer).await.expect("sync");
    assert_eq!(s.removed, 14);
    let ledger = store.ledger(t.id).await.expect("ledger");
    assert!(ledger
        .iter()
        .any(|e| e.reminder_id == first && e.state == LedgerState::Delivered));
}

#[tokio::test]
async fn two_writers_never_see_database_is_locked() {
    let dir = tempfile::tempdir().expect("dir");
    let a = open(&dir).await;
    let b = open(&dir).await; // a second pool: like the app and the command line at once
    let t = treatment(&a).await;
    let mut tasks = Vec::new();
    for (i, store) in [a.clone(), b.clone()].into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            for d in 0..60_i64 {
                let day = date(2026, 11, 20).checked_add(jiff::Span::new().days(d)).expect("date");
                save(&store, t.id, &checkin(day, (d + i as i64) % 5, ""))
                    .await
                    .expect("no lock error");
            }
        }));
    }
    for task in tasks {
        task.await.expect("join");
    }
    assert_eq!(a.checkins(t.id).await.expect("all").len(), 60);
    a.integrity_check().await.expect("ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_opening_a_new_database_at_once_all_succeed() {
    // Eight openers with pools of their own (as the app, its daemon and the command line
    // would have) start together on a database that does not exist yet, racing to
    // create and migrate it.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("fresh.db");
    let opens: Vec<_> = (0..8)
        .map(|_| {
            let p = path.clone();
            tokio::spawn(async move { Store::open(&p).await.map(|_| ()) })
        })
        .collect();
    for o in opens {
        o.await.expect("join").expect("every concurrent open succeeds");
    }
    let store = Store::open(&path).await.expect("open");
    assert_eq!(store.schema_version().await.expect("v"), 10);
    store.integrity_check().await.expect("ok");
}
