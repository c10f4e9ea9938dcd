//! A client who moves across midnight: every layer reads the same calendar. A treatment
//! ends late or early in one zone and the client then lives in another, where that moment
//! falls on another date (New York → Berlin at 23:30, Berlin → New York at 00:30) or on the
//! same one (Berlin → New York at 23:30). The
//! app's command, the command line and the store accept (or refuse) the same check-in
//! dates, the reminder claims count the same day as logged, and the backup restores.

mod support;

use std::path::PathBuf;
use std::process::Command;

use aftercare_core::{CheckIn, CheckInDraft, ReminderKind, Settings, Treatment, Zone};
use aftercare_store::{NewTreatment, Store};
use jiff::civil::{Date, Time};
use jiff::{SignedDuration, Timestamp, ToSpan};
use serde_json::{json, Value};
use support::*;

/// The `aftercare` command line built beside this test (`cargo test --workspace` builds it).
fn cli() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary");
    let dir = exe.parent().and_then(|deps| deps.parent()).expect("target dir");
    let cli = dir.join(format!("aftercare{}", std::env::consts::EXE_SUFFIX));
    assert!(cli.exists(), "build the command line first: {}", cli.display());
    cli
}

fn checkin_input(date: Date) -> Value {
    json!({ "input": {
        "date": date.to_string(), "redness": 2, "breakouts": 0, "swelling": 1, "pain": 1,
        "symptoms": {"warmth": false, "itching": false, "peeling": false, "bruising": false, "bleeding": false,
        "pus": false, "red_streaks": false, "blisters": false, "fever": false,
        "breathing_trouble": false, "dark_patches": false}, "notes": ""
    }})
}

/// What each layer says about a check-in of `date`: (app, command line, store).
fn verdicts(h: &Harness, store: &Store, date: Date) -> (bool, bool, bool) {
    let app = h.call("save_checkin", checkin_input(date)).is_ok();
    let out = Command::new(cli())
        .arg("--db")
        .arg(store.path())
        .args(["checkin", "--date", &date.to_string(), "--redness", "2"])
        .output()
        .expect("run aftercare");
    let cli = out.status.success();
    if !cli {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("before your treatment"),
            "command line refused for another reason: {err}"
        );
    }
    let s = store.clone();
    let in_store = tauri::async_runtime::block_on(async move {
        let case = s.required_case().await.expect("case");
        let c = CheckIn::new(
            date,
            &CheckInDraft {
                redness: 2,
                ..Default::default()
            },
        )
        .expect("valid");
        s.save_checkin(&case, &c, Timestamp::now()).await.is_ok()
    });
    (app, cli, in_store)
}

fn move_across_midnight(from: &str, to: &str, at: Time) {
    let h = harness();
    let store = h.store();
    let (from_zone, to_zone) = (Zone::new(from).expect("zone"), Zone::new(to).expect("zone"));
    // A date a few days back, so every date below has happened in both zones.
    let treated_on = from_zone.local(Timestamp::now()).date() - 4.days();
    let ended = from_zone.at(treated_on, at).expect("local time").timestamp();
    let s = store.clone();
    let plan_entries = tauri::async_runtime::block_on(async move {
        let mut new = NewTreatment::new(ended, from_zone.clone());
        new.reminders_from = None;
        let t = s.add_treatment(&new).await.expect("treatment");
        s.save_settings(&Settings::new(to_zone.clone())).await.expect("moved");
        let case = s.required_case().await.expect("case");
        assert_eq!(case.zone(), &to_zone, "the case is seen where the client lives now");
        s.sync_plan(t.id, &case.plan().expect("plan")).await.expect("plan");
        s.ledger(t.id).await.expect("ledger")
    });
    let day_one = Treatment::new(ended, Zone::new(to).expect("zone")).day_one();

    let mut logged = Vec::new();
    for date in [treated_on - 1.day(), treated_on, treated_on + 1.day()] {
        let expected = date >= day_one;
        assert_eq!(
            verdicts(&h, &store, date),
            (expected, expected, expected),
            "{from} → {to}: a check-in of {date} (day 1 is {day_one} where the client lives now)"
        );
        if expected {
            logged.push(date);
        }
    }

    // The day-1 check-in reminder: skipped exactly when the date the client calls day 1 is logged.
    let day1 = plan_entries
        .iter()
        .find(|e| e.kind == ReminderKind::CheckIn && e.day == Some(1))
        .expect("a day-1 check-in reminder")
        .clone();
    let s = store.clone();
    let claim = tauri::async_runtime::block_on(async move {
        s.claim_due(
            day1.due_at + SignedDuration::from_mins(1),
            SignedDuration::from_hours(24),
            SignedDuration::ZERO,
        )
        .await
        .expect("claim")
    });
    assert!(logged.contains(&day_one), "day 1 was logged");
    assert!(
        claim.skipped.iter().any(|e| e.reminder_id == day1.reminder_id),
        "{from} → {to}: the claims count day 1 ({day_one}) as logged, like the check-in did; skipped {:?}",
        claim.skipped.iter().map(|e| e.day).collect::<Vec<_>>()
    );

    // What the app saved, its backup restores.
    let s = store.clone();
    tauri::async_runtime::block_on(async move {
        let backup = s.backup().await.expect("backup");
        s.restore(&backup.to_json())
            .await
            .expect("the app's own backup restores");
        let case = s.required_case().await.expect("case");
        assert_eq!(case.history.iter().map(|c| c.date).collect::<Vec<_>>(), logged);
    });
}

#[test]
fn a_move_east_across_midnight_moves_day_one_for_every_layer() {
    // 23:30 in New York is 05:30 the next morning in Berlin: day 1 is the next date there.
    move_across_midnight("America/New_York", "Europe/Berlin", Time::constant(23, 30, 0, 0));
}

#[test]
fn a_move_west_keeps_day_one_for_every_layer() {
    // 23:30 in Berlin is 17:30 the same day in New York.
    move_across_midnight("Europe/Berlin", "America/New_York", Time::constant(23, 30, 0, 0));
}

#[test]
fn a_move_west_after_midnight_moves_day_one_back_for_every_layer() {
    // 00:30 in Berlin is 18:30 the evening before in New York: day 1 is the date before.
    move_across_midnight("Europe/Berlin", "America/New_York", Time::constant(0, 30, 0, 0));
}
