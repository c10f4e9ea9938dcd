//! A database made by every earlier schema version upgrades with its data intact.

mod common;

use std::borrow::Cow;

use aftercare_store::{Store, MIGRATOR};
use jiff::civil::date;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::ConnectOptions;

const V2_EXTRA: &str = "
    UPDATE settings SET grace_minutes = 90, series_length = 4;
    INSERT INTO marked_events (id, date, kind, label) VALUES (3, '2026-12-24', 'makeup', 'Wedding');
    INSERT INTO reminder_ledger (reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body, state,
                                 delivered_at, updated_at)
        VALUES ('gym-end-00000000000000aa', 7, 'gym', 'end', NULL, '2026-11-22T13:00:00Z', '2026-11-22T13:00:00Z',
                'Gym OK again', 'You can go back to the gym.', 'delivered', '2026-11-22T13:00:01Z', '2026-11-22T13:00:01Z');
    INSERT INTO reminder_ledger (reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body, state,
                                 snoozed_until, updated_at)
        VALUES ('checkin-checkin-00000000000000bb', 7, 'checkin', 'check-in', 3, '2026-11-22T19:00:00Z', '2026-11-22T19:00:00Z',
                'How is your skin today?', 'Day 3', 'snoozed', '2026-11-22T19:15:00Z', '2026-11-22T19:00:05Z');";

/// Data as each schema version could hold it, written with that version's columns.
fn fixture(version: i64) -> String {
    match version {
        1 => V1.to_string(),
        // v3 and v5 rebuilt the ledger with the same columns plus new ones, v6 and v7 added
        // columns with defaults, v8 derived columns, v9 a new table and v10 a column that may be
        // empty: v2's rows (check-ins by column name) still fit.
        2..=9 => format!("{V1}{V2_EXTRA}"),
        v => panic!("no fixture for schema version {v}: add one when adding a migration"),
    }
}

const V1: &str = "

    INSERT INTO settings (id, zone, checkin_at, quiet_start, quiet_end, clinic_name, clinic_phone, updated_at)
                 VALUES (1, 'Europe/Berlin', '20:30', '22:00', '07:00', 'Skin Studio', '+49 30 1234567', '2026-11-20T13:05:00Z');
             INSERT INTO treatments (id, ended_at, zone, area, clinic, notes, series_number, created_at)
                 VALUES (7, '2026-11-20T13:00:00Z', 'Europe/Berlin', 'face', 'Skin Studio', 'first, \"gentle\"', 1, '2026-11-20T13:05:00Z');
             INSERT INTO checkins (treatment_id, date, redness, breakouts, swelling, pain, warmth, itching, peeling, bruising, bleeding, pus, red_streaks, blisters, fever, breathing_trouble, notes, created_at, updated_at) VALUES (7, '2026-11-21', 3, 2, 1, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'red, warm', '2026-11-21T19:00:00Z', '2026-11-21T19:30:00Z');
             INSERT INTO checkins (treatment_id, date, redness, breakouts, swelling, pain, warmth, itching, peeling, bruising, bleeding, pus, red_streaks, blisters, fever, breathing_trouble, notes, created_at, updated_at) VALUES (7, '2026-11-22', 2, 1, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '', '2026-11-22T19:00:00Z', '2026-11-22T19:00:00Z');";

#[tokio::test]
async fn every_earlier_version_upgrades_with_data_intact() {
    let latest = MIGRATOR.iter().map(|m| m.version).max().expect("migrations");
    for version in MIGRATOR.iter().map(|m| m.version).filter(|v| *v < latest) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("old.db");
        // Build the database exactly as that version of the app left it.
        let old = Migrator {
            migrations: Cow::Owned(MIGRATOR.iter().filter(|m| m.version <= version).cloned().collect()),
            ..Migrator::DEFAULT
        };
        let mut conn = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .connect()
            .await
            .expect("connect");
        old.run(&mut conn).await.expect("old schema");
        sqlx::raw_sql(&fixture(version))
            .execute(&mut conn)
            .await
            .expect("old data");
        drop(conn);

        let store = Store::open(&path).await.expect("upgrade");
        assert_eq!(store.schema_version().await.expect("v"), latest);
        store.integrity_check().await.expect("ok");

        // Added in version 8: the epoch milliseconds SQLite derives from the stored text.
        let derived: Vec<(String, Option<String>, Option<String>, i64)> =
            sqlx::query_as("SELECT due_at, snoozed_until, retry_at, next_due_ms FROM reminder_ledger")
                .fetch_all(store.pool())
                .await
                .expect("ledger");
        assert!(version == 1 || !derived.is_empty(), "the fixture has reminders");
        for (due, snoozed, retry, ms) in derived {
            let next = snoozed.or(retry).unwrap_or(due);
            let exact: jiff::Timestamp = next.parse().expect("instant");
            assert!((exact.as_millisecond() - ms).abs() <= 1, "{next}: {ms}");
        }
        let ends: Vec<(String, i64)> = sqlx::query_as("SELECT ended_at, ended_ms FROM treatments")
            .fetch_all(store.pool())
            .await
            .expect("treatments");
        for (ended, ms) in ends {
            let exact: jiff::Timestamp = ended.parse().expect("instant");
            assert!((exact.as_millisecond() - ms).abs() <= 1, "{ended}: {ms}");
        }

        let s = store.settings().await.expect("settings").expect("kept");
        // Added in version 10: no language chosen, so the device's.
        assert_eq!(s.language, None, "v{version}");
        assert_eq!(
            (s.zone.name(), s.clinic_name.as_str(), s.clinic_phone.as_str()),
            ("Europe/Berlin", "Skin Studio", "+49 30 1234567")
        );
        assert_eq!(s.checkin_at, Some(jiff::civil::time(20, 30, 0, 0)));
        assert_eq!(s.emergency_number, None, "added in version 6: the zone's default");
        assert!(s.quiet_hours.is_some());
        if version == 1 {
            assert_eq!(
                (s.grace_minutes, s.series_length, s.keep_in_tray),
                (120, 3, true),
                "new columns get their defaults"
            );
        } else {
            assert_eq!((s.grace_minutes, s.series_length), (90, 4));
            let events = store.events().await.expect("events");
            assert_eq!(events.len(), 1);
            assert_eq!(events[0].1.label, "Wedding");
            let ledger = store.ledger(7).await.expect("ledger");
            assert_eq!(ledger.len(), 2);
            assert_eq!(ledger[0].state, aftercare_store::LedgerState::Delivered);
            assert_eq!(
                ledger[0].delivered_at.map(|t| t.to_string()).as_deref(),
                Some("2026-11-22T13:00:01Z")
            );
            assert_eq!(ledger[1].state, aftercare_store::LedgerState::Snoozed);
            assert_eq!(
                ledger[1].snoozed_until.map(|t| t.to_string()).as_deref(),
                Some("2026-11-22T19:15:00Z")
            );
            assert_eq!(
                (ledger[1].snoozes, ledger[1].skipped_at),
                (0, None),
                "columns added in version 3 get defaults"
            );
            assert_eq!(
                (
                    ledger[1].failed_shows,
                    ledger[1].retry_at,
                    ledger[1].owed_since,
                    ledger[1].not_shown_reason.clone()
                ),
                (0, None, None, None),
                "columns added in version 5 get defaults"
            );
        }

        let t = store.treatment(7).await.expect("treatment kept");
        assert_eq!(t.notes, "first, \"gentle\"");
        assert_eq!(t.reminders_from, None, "added in version 7: every reminder kept");
        assert_eq!(
            t.protocol_id, None,
            "treatments from before clinic protocols use the built-in one"
        );
        let c = store.checkins(7).await.expect("checkins");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].checkin.date, date(2026, 11, 21));
        assert!(
            c.iter().all(|c| !c.checkin.symptoms.dark_patches),
            "added in version 6: not ticked"
        );
        assert_eq!(
            (
                c[0].checkin.redness.score(),
                c[0].checkin.pain,
                c[0].checkin.symptoms.warmth
            ),
            (3, 4, true)
        );
        assert_eq!(c[0].checkin.notes, "red, warm");
        assert_eq!(c[0].updated_at.to_string(), "2026-11-21T19:30:00Z");
        assert!(c[1].checkin.symptoms.itching);
        // And the upgraded database takes new writes of the new version.
        store
            .sync_plan(
                7,
                &aftercare_core::ReminderPlan::build(
                    aftercare_core::Protocol::builtin(),
                    &t.treatment,
                    &s.preferences(),
                    &[],
                )
                .expect("plan"),
            )
            .await
            .expect("ledger");
    }
}

#[tokio::test]
async fn opening_twice_does_not_reapply_migrations() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::open(&dir).await;
    common::treatment(&store).await;
    store.close().await;
    let again = common::open(&dir).await;
    assert_eq!(again.treatments().await.expect("kept").len(), 1);
}
