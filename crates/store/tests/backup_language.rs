//! A refused backup is said in the client's language: its own test binary, because the
//! language of refusals is process-wide (`Language::make_current`).

mod common;

use aftercare_i18n::{Language, Region};
use aftercare_store::Backup;
use common::*;
use jiff::civil::date;

fn refusal(good: &str, edit: impl Fn(&mut serde_json::Value)) -> String {
    Backup::parse(&edited(good, edit)).expect_err("refused").to_string()
}

#[tokio::test]
async fn a_german_client_reads_why_a_backup_is_refused_in_german() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(&dir).await;
    store.save_settings(&settings()).await.expect("settings");
    let t = treatment(&store).await;
    save(&store, t.id, &checkin(date(2026, 11, 21), 2, ""))
        .await
        .expect("check-in");
    let good = store.backup().await.expect("backup").to_json();
    Language::German.make_current();
    Region::NONE.make_current();

    let msg = refusal(&good, |v| v["format"] = "something-else".into());
    assert_eq!(
        msg,
        "format: das ist keine Sicherung von Aftercare Companion (Format \"something-else\")"
    );
    let msg = refusal(&good, |v| v["version"] = 99.into());
    assert!(
        msg.starts_with("version: Sicherungen der Version 99 werden nicht unterstützt"),
        "{msg}"
    );
    // The day as a German reader writes it, not "2026-11-21".
    let msg = refusal(&good, |v| {
        let first = v["treatments"][0]["checkins"][0].clone();
        v["treatments"][0]["checkins"]
            .as_array_mut()
            .expect("check-ins")
            .push(first);
    });
    assert!(msg.ends_with("Sa., 21. Nov. 2026 kommt zweimal vor"), "{msg}");
    let msg = refusal(&good, |v| v["settings"]["quiet_start"] = "9 Uhr".into());
    assert_eq!(msg, "settings.quiet_start: im Format HH:MM, etwa 21:30");
}
