//! Property tests of the time semantics (see `aftercare_core::time`): hour offsets are
//! elapsed time, day offsets are calendar days at the same local clock time, gaps resolve
//! later and folds earlier (RFC 5545); and the reminder plan neither duplicates, loses,
//! nor moves a reminder earlier, whatever the zone, DST or quiet hours.
//!
//! `PROPTEST_CASES` sets the number of cases (default 512 per property).

use std::collections::{BTreeSet, HashSet};

use aftercare_core::{
    relocate, Offset, Preferences, Protocol, QuietHours, ReminderKind, ReminderPlan, Treatment, Zone,
};
use jiff::civil::Time;
use jiff::tz::AmbiguousOffset;
use jiff::{SignedDuration, Timestamp, ToSpan};
use proptest::prelude::*;

/// Zones with unusual DST: 30-minute (Lord_Howe), 2-hour (Troll), +12:45/+13:45 (Chatham),
/// none (Kolkata), southern hemisphere, and zones whose rules changed over the years.
const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "Antarctica/Troll",
    "America/Sao_Paulo",
    "Europe/London",
    "America/St_Johns",
    "Asia/Tehran",
    "Africa/Casablanca",
    "Pacific/Apia",
    "UTC",
];

fn zone() -> impl Strategy<Value = Zone> {
    proptest::sample::select(ZONES).prop_map(|n| Zone::new(n).expect("zone in tzdb"))
}

/// A treatment and a day offset. A third of the cases are anywhere in 1995-2040; a third
/// end within 10 days before one of the zone's transitions (hour windows and daily
/// reminders that cross it); a third are placed so that `ended + days` lands within
/// 150 minutes of a transition's wall-clock time, which is where gaps and folds are.
fn treatment_days() -> impl Strategy<Value = (Treatment, i64)> {
    (
        zone(),
        0_u8..3,
        788_918_400_i64..2_208_988_800,
        0_i64..(10 * 86_400),
        -150_i64..150,
        0_i64..=60,
    )
        .prop_map(|(z, mode, secs, back, around, days)| {
            let ts = Timestamp::from_second(secs - secs % 60).expect("in range");
            let Some(tr) = z.tz().following(ts).next() else {
                return (Treatment::new(ts, z), days);
            };
            let t = match mode {
                0 => ts,
                1 => tr.timestamp() - SignedDuration::from_secs(back - back % 60),
                _ => {
                    // The wall-clock reading just before the transition, moved by `around`.
                    let wall = (tr.timestamp() - SignedDuration::from_secs(1))
                        .to_zoned(z.tz().clone())
                        .datetime();
                    let target = wall.checked_add(SignedDuration::from_mins(around)).expect("civil");
                    let civil = target.checked_sub(days.days()).expect("civil");
                    z.resolve(civil).map(|zd| zd.timestamp()).unwrap_or(ts)
                }
            };
            (Treatment::new(t, z), days)
        })
}

fn treatment() -> impl Strategy<Value = Treatment> {
    treatment_days().prop_map(|(t, _)| t)
}

fn time_of_day() -> impl Strategy<Value = Time> {
    (0_i8..24, prop_oneof![Just(0_i8), Just(15), Just(30), Just(45)]).prop_map(|(h, m)| Time::constant(h, m, 0, 0))
}

fn prefs() -> impl Strategy<Value = Preferences> {
    (
        proptest::option::of(time_of_day()),
        proptest::option::of((time_of_day(), time_of_day())),
    )
        .prop_map(|(c, q)| Preferences {
            checkin_at: c,
            quiet_hours: q.and_then(|(a, b)| QuietHours::new(a, b).ok()),
        })
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn hour_offsets_are_elapsed_time(t in treatment(), h in 0_i64..=400) {
        let end = Offset::Hours(h).after(t.ended_at, &t.zone).expect("end");
        prop_assert_eq!(end.timestamp().duration_since(t.ended_at), SignedDuration::from_hours(h));
    }

    #[test]
    fn day_offsets_are_calendar_days_at_the_same_clock_time((t, d) in treatment_days()) {
        let start = t.ended_local();
        let end = Offset::Days(d).after(t.ended_at, &t.zone).expect("end");
        // Computed independently from the zone's own answer for that civil time.
        let civil = start.datetime().checked_add(d.days()).expect("civil");
        let amb = t.zone.tz().to_ambiguous_timestamp(civil);
        match amb.offset() {
            AmbiguousOffset::Unambiguous { .. } => {
                prop_assert_eq!(end.datetime(), civil);
            }
            AmbiguousOffset::Gap { before, .. } => {
                // RFC 5545: read with the offset before the gap, which lands later on the clock.
                prop_assert_eq!(end.timestamp(), before.to_timestamp(civil).expect("ts"));
                prop_assert!(end.datetime() > civil);
            }
            AmbiguousOffset::Fold { before, after } => {
                // RFC 5545: the earlier of the two instants.
                let first = before.to_timestamp(civil).expect("ts");
                prop_assert_eq!(end.timestamp(), first);
                prop_assert!(first < after.to_timestamp(civil).expect("ts"));
                prop_assert_eq!(end.datetime(), civil);
            }
        }
        prop_assert!(end.timestamp() >= t.ended_at);
    }

    #[test]
    fn day_windows_grow_with_days(t in treatment(), d in 0_i64..=30) {
        let a = Offset::Days(d).after(t.ended_at, &t.zone).expect("a");
        let b = Offset::Days(d + 1).after(t.ended_at, &t.zone).expect("b");
        prop_assert!(b.timestamp() > a.timestamp());
    }

    #[test]
    fn reminder_plan_is_sound(t in treatment(), p in prefs()) {
        let proto = Protocol::builtin();
        let plan = ReminderPlan::build(proto, &t, &p, &[]).expect("plan");
        // Pure and idempotent.
        prop_assert_eq!(&plan, &ReminderPlan::build(proto, &t, &p, &[]).expect("again"));
        // No duplicates.
        let ids: HashSet<&str> = plan.reminders.iter().map(|r| r.id.as_str()).collect();
        prop_assert_eq!(ids.len(), plan.reminders.len());
        let mut per_day = HashSet::new();
        let mut per_instant = HashSet::new();
        for r in &plan.reminders {
            // Never before the treatment ended, never earlier than planned.
            prop_assert!(r.planned_at.timestamp() >= t.ended_at, "{} before treatment", r.id);
            prop_assert!(r.due_at.timestamp() >= r.planned_at.timestamp());
            if let Some(q) = &p.quiet_hours {
                prop_assert!(!q.contains(r.due_at.time()), "{} rings at {} in quiet hours", r.id, r.due_at);
                if !q.contains(r.planned_at.time()) {
                    prop_assert_eq!(r.due_at.timestamp(), r.planned_at.timestamp());
                }
            } else {
                prop_assert_eq!(r.due_at.timestamp(), r.planned_at.timestamp());
            }
            if matches!(r.kind, ReminderKind::Daily | ReminderKind::CheckIn) {
                // One per rule and local date, even across a fold or a skipped date.
                prop_assert!(per_day.insert((r.rule.clone(), r.planned_at.date())), "{} twice on {}", r.rule, r.planned_at.date());
                prop_assert!(per_instant.insert((r.rule.clone(), r.planned_at.timestamp())), "{} twice at {}", r.rule, r.planned_at);
            }
        }
        // Quiet hours postpone, never drop: the same ids as without them.
        let open = Preferences { quiet_hours: None, ..p.clone() };
        let plain = ReminderPlan::build(proto, &t, &open, &[]).expect("plain");
        let a: BTreeSet<&str> = plain.reminders.iter().map(|r| r.id.as_str()).collect();
        let b: BTreeSet<&str> = plan.reminders.iter().map(|r| r.id.as_str()).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn daily_reminders_keep_the_local_clock(t in treatment()) {
        let plan = ReminderPlan::build(Protocol::builtin(), &t, &Preferences { checkin_at: Some(Time::constant(20, 0, 0, 0)), quiet_hours: None }, &[]).expect("plan");
        for r in plan.reminders.iter().filter(|r| matches!(r.kind, ReminderKind::Daily | ReminderKind::CheckIn)) {
            let want = match r.rule.as_str() {
                "sun" => Time::constant(9, 0, 0, 0),
                "water" => Time::constant(12, 0, 0, 0),
                _ => Time::constant(20, 0, 0, 0),
            };
            // Exactly the chosen time, or later on the clock when it fell into a gap.
            let amb = t.zone.tz().to_ambiguous_timestamp(r.planned_at.date().to_datetime(want));
            if matches!(amb.offset(), AmbiguousOffset::Gap { .. }) {
                prop_assert!(r.planned_at.time() > want);
            } else {
                prop_assert_eq!(r.planned_at.time(), want);
            }
        }
    }

    #[test]
    fn moving_zone_keeps_hour_windows_and_ids(t in treatment(), to in zone(), p in prefs()) {
        let proto = Protocol::builtin();
        let r = relocate(proto, &t, &p, &[], to.clone()).expect("relocate");
        prop_assert!(r.windows.iter().all(|w| proto.rule(&w.rule).is_some_and(|rule| matches!(rule.end, Offset::Days(_)))));
        // A reminder that exists on both sides keeps its id: moved, not duplicated.
        let after = ReminderPlan::build(proto, &t.moved_to(to), &p, &[]).expect("plan");
        let ids: HashSet<&str> = after.reminders.iter().map(|x| x.id.as_str()).collect();
        prop_assert_eq!(ids.len(), after.reminders.len());
        prop_assert_eq!(r.reminders.unchanged + r.reminders.moved.len() + r.reminders.added.len(), after.reminders.len());
        // Moving to the same zone changes nothing.
        let same = relocate(proto, &t, &p, &[], t.zone.clone()).expect("same");
        prop_assert!(same.windows.is_empty() && same.reminders.is_empty());
    }
}

/// The strategies above must actually reach gaps and folds, or the properties prove little.
#[test]
fn generated_cases_reach_gaps_and_folds() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let strat = treatment_days();
    let (mut gaps, mut folds) = (0, 0);
    for _ in 0..2_000 {
        let (t, d) = strat.new_tree(&mut runner).expect("tree").current();
        let civil = t.ended_local().datetime().checked_add(d.days()).expect("civil");
        match t.zone.tz().to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Gap { .. } => gaps += 1,
            AmbiguousOffset::Fold { .. } => folds += 1,
            AmbiguousOffset::Unambiguous { .. } => {}
        }
    }
    eprintln!("2000 generated day offsets: {gaps} in a gap, {folds} in a fold");
    assert!(gaps >= 30 && folds >= 30, "gaps {gaps}, folds {folds}");
}
