//! The clinic report of 14 logged days: how long it takes to make and how big the file is.
//! (Photos join it when the photo diary exists; see the README.)

use std::hint::black_box;

use aftercare_core::{CheckIn, CheckInDraft, Settings, Zone};
use aftercare_report::ReportRequest;
use aftercare_store::{NewTreatment, Store};
use criterion::{criterion_group, criterion_main, Criterion};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let now: Timestamp = "2026-09-20T09:00:00Z".parse().expect("ts");
    let case = rt.block_on(async {
        let store = Store::open(&dir.path().join("bench.db")).await.expect("open");
        let zone = Zone::new("Europe/Berlin").expect("zone");
        store
            .save_settings(&Settings::new(zone.clone()))
            .await
            .expect("settings");
        store
            .add_treatment(&NewTreatment {
                ended_at: "2026-09-01T13:30:00Z".parse().expect("ts"),
                zone,
                area: "face".into(),
                clinic: "Skin Studio".into(),
                notes: String::new(),
                series_number: Some(1),
                reminders_from: None,
            })
            .await
            .expect("treatment");
        for day in 0..14_i64 {
            let cx = store.required_case().await.expect("case");
            let date = Date::constant(2026, 9, 1).checked_add(day.days()).expect("date");
            let draft = CheckInDraft {
                redness: (3 - day / 2).max(0),
                breakouts: i64::from(day == 3),
                pain: 2,
                itching: day == 5,
                notes: format!(
                    "Day {} as logged: a little tight in the morning, calm by the evening; Ερυθρότητα 😊",
                    day + 1
                ),
                ..Default::default()
            };
            let checkin = CheckIn::new(date, &draft).expect("valid");
            store.save_checkin(&cx, &checkin, now).await.expect("saved");
        }
        store.required_case().await.expect("case")
    });
    let request = ReportRequest::default();
    let pdf = aftercare_report::pdf(&case, &request, now).expect("pdf");
    println!(
        "report of 14 logged days: {} bytes ({:.1} KiB)",
        pdf.len(),
        pdf.len() as f64 / 1024.0
    );
    c.bench_function("report of 14 logged days (PDF)", |b| {
        b.iter(|| black_box(aftercare_report::pdf(black_box(&case), &request, now).expect("pdf")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
