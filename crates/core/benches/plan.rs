//! Timeline + reminder plan of the built-in protocol (goal: under 50 µs).

use std::hint::black_box;

use aftercare_core::{Preferences, Protocol, QuietHours, ReminderPlan, Timeline, Treatment, Zone};
use criterion::{criterion_group, criterion_main, Criterion};
use jiff::civil::time;
use jiff::{SignedDuration, Timestamp};

fn bench(c: &mut Criterion) {
    let zone = Zone::new("Europe/Berlin").expect("zone");
    let ended: Timestamp = "2026-03-25T13:00:00Z".parse().expect("ts");
    let t = Treatment::new(ended, zone);
    let now = ended + SignedDuration::from_hours(30);
    let protocol = Protocol::builtin();
    let prefs = Preferences {
        checkin_at: Some(time(20, 0, 0, 0)),
        quiet_hours: QuietHours::new(time(22, 0, 0, 0), time(7, 0, 0, 0)).ok(),
    };
    c.bench_function("timeline + reminder plan (built-in, Berlin, across DST)", |b| {
        b.iter(|| {
            let tl = Timeline::build(black_box(protocol), black_box(&t), black_box(now), None).expect("timeline");
            let plan = ReminderPlan::build(protocol, &t, &prefs, &[]).expect("plan");
            black_box((tl, plan))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
