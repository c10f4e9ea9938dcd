//! Ten years of daily check-ins: load them and compute the redness trend (goal: under
//! 20 ms). Prints the database size.

use std::hint::black_box;

use aftercare_store::Store;
use criterion::{criterion_group, criterion_main, Criterion};
use jiff::civil::date;
use jiff::ToSpan;

/// A backup document holding one treatment with `days` daily check-ins.
fn history(days: i64) -> String {
    let start = date(2016, 1, 1);
    let checkins: Vec<serde_json::Value> = (0..days)
        .map(|n| {
            let d = start.checked_add(n.days()).expect("date");
            serde_json::json!({
                "date": d.to_string(),
                "values": {"redness": n % 5, "breakouts": n % 4, "swelling": n % 4, "pain": n % 11,
                           "itching": n % 3 == 0, "notes": if n % 10 == 0 { "a short note, with a comma" } else { "" }},
                "created_at": "2016-01-01T20:00:00Z",
                "updated_at": "2016-01-01T20:00:00Z"
            })
        })
        .collect();
    serde_json::json!({
        "format": aftercare_store::BACKUP_FORMAT, "version": aftercare_store::BACKUP_VERSION,
        "settings": null, "events": [], "protocols": [], "ledger": [],
        "treatments": [{"id": 1, "ended_at": "2016-01-01T10:00:00Z", "zone": "Europe/Berlin", "area": "face",
                        "clinic": "", "notes": "", "series_number": 1, "protocol_id": null,
                        "created_at": "2016-01-01T10:00:00Z", "checkins": checkins}]
    })
    .to_string()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("aftercare.db");
    let days = 3653;
    let store = rt.block_on(async {
        let store = Store::open(&path).await.expect("open");
        store.restore(&history(days)).await.expect("load ten years");
        store.checkpoint().await.expect("checkpoint");
        store
    });
    let size = std::fs::metadata(&path).expect("size").len();
    println!(
        "database with {days} daily check-ins: {size} bytes ({:.1} KiB, {:.0} bytes per check-in)",
        size as f64 / 1024.0,
        size as f64 / days as f64
    );

    // What every screen reads first: the treatment, settings, protocol and every check-in.
    c.bench_function("the current case with ten years of daily check-ins", |b| {
        b.to_async(&rt)
            .iter(|| async { black_box(store.current_case().await.expect("case")) })
    });
    c.bench_function("load ten years of full check-ins", |b| {
        b.to_async(&rt)
            .iter(|| async { black_box(store.checkins(1).await.expect("checkins")) })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
