//! The clinic report of 14 logged days with two photos (12-megapixel pictures as the app
//! keeps them): how long it takes to make, from the store, and how big the file is.

use std::hint::black_box;

use aftercare_core::{CheckIn, CheckInDraft, Settings, Symptoms, Zone};
use aftercare_report::ReportRequest;
use aftercare_store::{NewPhoto, NewTreatment, Store};
use criterion::{criterion_group, criterion_main, Criterion};
use image::{ImageEncoder, Rgb, RgbImage};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

/// A 12-megapixel picture with some texture, kept as the app keeps photos.
fn photo(seed: u32) -> NewPhoto {
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed) % 23;
        Rgb([(x / 16 % 256) as u8, (y / 12 % 256) as u8, (128 + n) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .write_image(img.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .expect("jpeg");
    let p = aftercare_photos::import(&jpeg).expect("photo");
    NewPhoto {
        jpeg: p.jpeg,
        thumbnail: p.thumbnail,
        width: p.width,
        height: p.height,
    }
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let now: Timestamp = "2026-09-20T09:00:00Z".parse().expect("ts");
    let kept = rt.block_on(async {
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
                symptoms: Symptoms {
                    itching: day == 5,
                    ..Default::default()
                },
                notes: format!(
                    "Day {} as logged: a little tight in the morning, calm by the evening; Ερυθρότητα 😊",
                    day + 1
                ),
                ..Default::default()
            };
            let checkin = CheckIn::new(date, &draft).expect("valid");
            let photos = if day == 0 || day == 13 {
                vec![photo(day as u32)]
            } else {
                Vec::new()
            };
            store
                .save_checkin_with_photos(&cx, &checkin, &photos, now)
                .await
                .expect("saved");
        }
        store
    });
    let request = ReportRequest::default();
    let (report, pdf) = rt.block_on(aftercare_report::make(&kept, &request, now)).expect("pdf");
    println!(
        "report of 14 logged days with {} photos: {} bytes ({:.1} KiB)",
        report.photos.len(),
        pdf.len(),
        pdf.len() as f64 / 1024.0
    );
    c.bench_function("report of 14 logged days with 2 photos (PDF, from the store)", |b| {
        b.iter(|| {
            black_box(
                rt.block_on(aftercare_report::make(black_box(&kept), &request, now))
                    .expect("pdf"),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
