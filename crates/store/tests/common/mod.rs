#![allow(dead_code)]

use aftercare_core::{CheckIn, CheckInDraft, Settings, Zone};
use aftercare_store::{NewTreatment, Store, TreatmentRecord};
use jiff::civil::Date;
use jiff::Timestamp;

pub fn zone() -> Zone {
    Zone::new("Europe/Berlin").expect("zone")
}

pub async fn open(dir: &tempfile::TempDir) -> Store {
    Store::open(&dir.path().join("aftercare.db")).await.expect("open")
}

pub fn new_treatment(ended: &str) -> NewTreatment {
    NewTreatment {
        ended_at: ended.parse::<Timestamp>().expect("ts"),
        zone: zone(),
        area: "face".into(),
        clinic: "Skin Studio".into(),
        notes: String::new(),
        series_number: Some(1),
        reminders_from: None,
    }
}

pub async fn treatment(store: &Store) -> TreatmentRecord {
    store
        .add_treatment(&new_treatment("2026-11-20T13:00:00Z"))
        .await
        .expect("treatment")
}

pub fn checkin(date: Date, redness: i64, notes: &str) -> CheckIn {
    CheckIn::new(
        date,
        &CheckInDraft {
            redness,
            breakouts: 1,
            swelling: 1,
            pain: 2,
            notes: notes.into(),
            ..Default::default()
        },
    )
    .expect("valid check-in")
}

pub fn settings() -> Settings {
    Settings {
        clinic_name: "Skin Studio".into(),
        clinic_phone: "+49 30 1234567".into(),
        ..Settings::new(zone())
    }
}

/// The bytes of the database and its WAL, to prove a rejected write changed nothing.
pub fn snapshot(store: &Store) -> Vec<Vec<u8>> {
    let p = store.path();
    let wal = p.with_extension("db-wal");
    vec![std::fs::read(p).expect("db"), std::fs::read(&wal).unwrap_or_default()]
}

/// A clock years ahead, still moving: every date these tests log has happened by then
/// (the check-in's "not in the future" rule never depends on when they run), and two
/// saves in a row get two times.
pub fn later() -> Timestamp {
    Timestamp::now() + jiff::SignedDuration::from_hours(24 * 1000)
}

/// Saves a check-in of a treatment through its case, as the app and the command line do.
pub async fn save(
    store: &Store,
    treatment_id: i64,
    c: &CheckIn,
) -> aftercare_store::Result<aftercare_store::CheckInRecord> {
    let case = store.case_of(treatment_id).await?;
    store.save_checkin(&case, c, later()).await
}

/// A JPEG as the store takes it: JFIF, a frame of `w` x `h`, a scan of `len` bytes of `fill`
/// (never 0xFF), the end marker. Not a picture a decoder would show, but every check the
/// store makes holds.
pub fn fake_jpeg(w: u16, h: u16, fill: u8, len: usize) -> Vec<u8> {
    assert_ne!(fill, 0xFF);
    let mut j = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0];
    j.extend([0xFF, 0xC0, 0x00, 0x08, 8]);
    j.extend(h.to_be_bytes());
    j.extend(w.to_be_bytes());
    j.push(1);
    j.extend([0xFF, 0xDA, 0x00, 0x02]);
    j.extend(std::iter::repeat_n(fill, len));
    j.extend([0xFF, 0xD9]);
    j
}

/// `backup` (a backup's JSON) after `edit`, as a file a client might try to restore.
pub fn edited(backup: &str, edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(backup).expect("json");
    edit(&mut v);
    serde_json::to_string_pretty(&v).expect("json")
}
