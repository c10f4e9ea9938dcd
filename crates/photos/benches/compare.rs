//! What opening the comparison on Trends reads with 30 days of photos: the list with its 30
//! thumbnails, then the first and the latest photo in full, each as the base64 the page gets.
//! (The webview's decoding and painting come on top; the end-to-end run shows them.)

use std::hint::black_box;

use aftercare_core::{CheckIn, CheckInDraft, Settings, Zone};
use aftercare_store::{NewPhoto, NewTreatment, PhotoSize, Store};
use base64::Engine;
use criterion::{criterion_group, criterion_main, Criterion};
use image::{ImageEncoder, Rgb, RgbImage};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

/// A 12-megapixel phone picture with some texture, as JPEG.
fn camera_jpeg(seed: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed) % 23;
        Rgb([(x / 16 % 256) as u8, (y / 12 % 256) as u8, (128 + n) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .write_image(img.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .expect("jpeg");
    jpeg
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let now: Timestamp = "2026-11-25T09:00:00Z".parse().expect("ts");
    let kept = aftercare_photos::import(&camera_jpeg(1)).expect("import");
    let photo = NewPhoto {
        jpeg: kept.jpeg,
        thumbnail: kept.thumbnail,
        width: kept.width,
        height: kept.height,
    };
    let store = rt.block_on(async {
        let store = Store::open(&dir.path().join("bench.db")).await.expect("open");
        let zone = Zone::new("Europe/Berlin").expect("zone");
        store
            .save_settings(&Settings::new(zone.clone()))
            .await
            .expect("settings");
        store
            .add_treatment(&NewTreatment {
                ended_at: "2026-10-01T13:30:00Z".parse().expect("ts"),
                zone,
                area: "face".into(),
                clinic: String::new(),
                notes: String::new(),
                series_number: None,
                reminders_from: None,
            })
            .await
            .expect("treatment");
        for day in 0..30_i64 {
            let cx = store.required_case().await.expect("case");
            let date = Date::constant(2026, 10, 1).checked_add(day.days()).expect("date");
            let c = CheckIn::new(
                date,
                &CheckInDraft {
                    redness: 1,
                    ..Default::default()
                },
            )
            .expect("valid");
            store
                .save_checkin_with_photos(&cx, &c, std::slice::from_ref(&photo), now)
                .await
                .expect("saved");
        }
        store
    });
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    println!(
        "30 days of photos: each {} KiB in full, {:.1} KiB as a thumbnail",
        photo.jpeg.len() / 1024,
        photo.thumbnail.len() as f64 / 1024.0
    );
    c.bench_function("open the comparison: 30 thumbnails + first and latest in full", |b| {
        b.iter(|| {
            rt.block_on(async {
                let cx = store.required_case().await.expect("case");
                let list = store.photos(cx.id()).await.expect("list");
                let mut out = 0;
                for p in &list {
                    out += b64(&store.photo_bytes(p.id, PhotoSize::Thumbnail).await.expect("thumb")).len();
                }
                for p in [list.first(), list.last()].into_iter().flatten() {
                    out += b64(&store.photo_bytes(p.id, PhotoSize::Full).await.expect("full")).len();
                }
                black_box(out)
            })
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
