//! Timeline, "Can I …?", reminder plan and zone changes for the built-in protocol.

use aftercare_core::reminder::{PlanDiff, CHECKIN_RULE};
use aftercare_core::{
    can_i, relocate, Preferences, Protocol, QuietHours, ReminderKind, ReminderPlan, Status, Timeline, Treatment,
    Verdict, Zone,
};
use jiff::civil::{date, time, Date, Time};
use jiff::{SignedDuration, Timestamp};

fn zone(name: &str) -> Zone {
    Zone::new(name).expect("zone")
}

fn treated(d: Date, t: Time, z: &str) -> Treatment {
    let z = zone(z);
    Treatment::new(z.at(d, t).expect("time").timestamp(), z)
}

fn berlin_friday() -> Treatment {
    treated(date(2026, 11, 20), time(14, 0, 0, 0), "Europe/Berlin")
}

fn hours_after(t: &Treatment, h: i64) -> Timestamp {
    t.ended_at + SignedDuration::from_hours(h)
}

#[test]
fn timeline_places_every_window() {
    let t = berlin_friday();
    let tl = Timeline::build(Protocol::builtin(), &t, hours_after(&t, 10), None).expect("timeline");
    let gym = tl.entry("gym").expect("gym");
    assert_eq!(gym.starts_at.datetime(), date(2026, 11, 20).at(14, 0, 0, 0));
    assert_eq!(gym.ends_at.datetime(), date(2026, 11, 22).at(14, 0, 0, 0));
    assert_eq!(gym.status, Status::Active);
    assert_eq!(gym.time_left.as_deref(), Some("38 h"));
    assert_eq!(gym.seconds_left, Some(38 * 3600));
    let sun = tl.entry("sun").expect("sun");
    assert_eq!(sun.ends_at.datetime(), date(2026, 11, 27).at(14, 0, 0, 0));
    assert_eq!(tl.day, 2, "10 h after 14:00 Friday is Saturday, day 2");
    assert!(tl.expected_today.iter().any(|n| n.facts.contains(&"E1".to_string())));
    assert_eq!(
        tl.last_end.as_ref().map(|z| z.datetime()),
        Some(date(2026, 11, 27).at(14, 0, 0, 0))
    );
}

#[test]
fn statuses_over_time() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    let before = Timeline::build(p, &t, hours_after(&t, -1), None).expect("tl");
    assert!(before.entries.iter().all(|e| e.status == Status::Upcoming));
    assert_eq!(
        before.entry("gym").and_then(|e| e.time_left.clone()).as_deref(),
        Some("1 h")
    );
    assert_eq!(before.day, 1);
    let at_end = Timeline::build(p, &t, hours_after(&t, 48), None).expect("tl");
    assert_eq!(
        at_end.entry("gym").map(|e| e.status),
        Some(Status::Over),
        "windows are half-open"
    );
    assert_eq!(at_end.entry("gym").and_then(|e| e.time_left.clone()), None);
    let later = Timeline::build(p, &t, hours_after(&t, 24 * 30), None).expect("tl");
    assert!(later.entries.iter().all(|e| e.status == Status::Over));
    assert!(later.expected_today.is_empty());
}

#[test]
fn can_i_answers_with_reason_and_time() {
    let t = berlin_friday();
    let p = Protocol::builtin();
    let a = can_i(p, &t, "gym", hours_after(&t, 34), None).expect("answer");
    assert_eq!(a.verdict, Verdict::NotYet);
    let rules: Vec<&str> = a.reasons.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(rules, ["gym", "sweat"], "the gym question weighs the sweat rule too");
    assert_eq!(a.reasons[0].facts, vec!["F1"]);
    assert_eq!(
        a.fine_from.as_ref().map(|z| z.datetime()),
        Some(date(2026, 11, 23).at(14, 0, 0, 0))
    );
    assert_eq!(
        a.summary,
        "Not yet: no gym or hard exercise until Sun 22 Nov, 14:00; keep sweating to a minimum until Mon 23 Nov, 14:00. Fine from Mon 23 Nov, 14:00 (in 38 h)."
    );
    // The same answer in German: the protocol's texts, the catalog's words, German dates.
    let de = p.in_language(aftercare_core::Language::German);
    let a = can_i(&de, &t, "gym", hours_after(&t, 34), None).expect("answer");
    assert_eq!(
        a.summary,
        "Noch nicht: Kein Fitnessstudio, kein anstrengender Sport bis So., 22. Nov., 14:00; Möglichst wenig schwitzen bis Mo., 23. Nov., 14:00. Wieder in Ordnung ab Mo., 23. Nov., 14:00 (in 38 Std.)."
    );

    let a = can_i(p, &t, "gym", hours_after(&t, 72), None).expect("answer");
    assert_eq!((a.verdict, a.fine_from), (Verdict::Yes, None));
    assert_eq!(a.summary, "Yes: no aftercare rule about this is in force now.");

    // The category: the gym window is over but sweating is still limited.
    let a = can_i(p, &t, "activity", hours_after(&t, 50), None).expect("answer");
    assert_eq!(a.verdict, Verdict::WithCare);
    assert_eq!(a.reasons[0].rule, "sweat");
    let a = can_i(p, &t, "exercise", hours_after(&t, 30), None).expect("answer");
    assert_eq!(a.verdict, Verdict::NotYet);
    assert_eq!(
        a.fine_from.as_ref().map(|z| z.datetime()),
        Some(date(2026, 11, 23).at(14, 0, 0, 0)),
        "fine when the last blocking rule ends"
    );

    for q in ["sauna", "pool", "sauna-pool", "heat-water"] {
        assert_eq!(
            can_i(p, &t, q, hours_after(&t, 1), None).expect(q).verdict,
            Verdict::NotYet,
            "{q}"
        );
    }
    assert_eq!(
        can_i(p, &t, "sun", hours_after(&t, 24 * 6), None).expect("sun").verdict,
        Verdict::NotYet
    );
    assert_eq!(
        can_i(p, &t, "sun", hours_after(&t, 24 * 7), None).expect("sun").verdict,
        Verdict::Yes
    );
    assert_eq!(
        can_i(p, &t, "make-up", hours_after(&t, 47), None).expect("m").verdict,
        Verdict::NotYet
    );
    assert_eq!(
        can_i(p, &t, "actives", hours_after(&t, 49), None).expect("a").verdict,
        Verdict::Yes
    );
    assert_eq!(
        can_i(p, &t, "water", hours_after(&t, 1), None).expect("w").verdict,
        Verdict::Yes
    );
    let e = can_i(p, &t, "skydiving", hours_after(&t, 1), None).expect_err("unknown");
    assert_eq!(e.code(), "unknown-query");
    assert!(e.to_string().contains("gym"));
}

#[test]
fn reminder_plan_for_the_builtin() {
    let t = berlin_friday();
    let plan = ReminderPlan::build(Protocol::builtin(), &t, &Preferences::default(), &[]).expect("plan");
    let of = |rule: &str, kind: ReminderKind| {
        plan.reminders
            .iter()
            .filter(|r| r.rule == rule && r.kind == kind)
            .collect::<Vec<_>>()
    };
    let gym_end = of("gym", ReminderKind::End);
    assert_eq!(gym_end.len(), 1);
    assert_eq!(gym_end[0].due_at.datetime(), date(2026, 11, 22).at(14, 0, 0, 0));
    assert!(gym_end[0].body.contains("go back to the gym"));
    // Sun: daily at 09:00 on each morning strictly inside the week (Sat..Fri).
    let sun_daily: Vec<Date> = of("sun", ReminderKind::Daily).iter().map(|r| r.due_at.date()).collect();
    assert_eq!(sun_daily, (21..=27).map(|d| date(2026, 11, d)).collect::<Vec<_>>());
    // Water at noon: the treatment ended at 14:00, so the first is Saturday's.
    assert_eq!(of("water", ReminderKind::Daily).len(), 7);
    // Check-ins at 20:00 every day to day 14 while nothing says the skin has settled.
    let checkins: Vec<Option<u32>> = of(CHECKIN_RULE, ReminderKind::CheckIn).iter().map(|r| r.day).collect();
    assert_eq!(checkins, (1..=14).map(Some).collect::<Vec<_>>());
    // The protocol's photo days (1, 3, 7, 14) ask for a photo; the others don't.
    let photo_days: Vec<u32> = of(CHECKIN_RULE, ReminderKind::CheckIn)
        .iter()
        .filter(|r| r.body.contains("Photo day"))
        .filter_map(|r| r.day)
        .collect();
    assert_eq!(photo_days, vec![1, 3, 7, 14]);
    assert!(plan.reminders.iter().all(|r| r.due_at.timestamp() >= t.ended_at));
    assert!(plan
        .reminders
        .windows(2)
        .all(|w| w[0].due_at.timestamp() <= w[1].due_at.timestamp()));
    // Titles and bodies are never empty.
    assert!(plan.reminders.iter().all(|r| !r.title.is_empty() && !r.body.is_empty()));
}

#[test]
fn checkin_time_before_the_treatment_skips_day_one() {
    let t = berlin_friday();
    let prefs = Preferences {
        checkin_at: Some(time(9, 0, 0, 0)),
        quiet_hours: None,
    };
    let plan = ReminderPlan::build(Protocol::builtin(), &t, &prefs, &[]).expect("plan");
    let days: Vec<u32> = plan
        .reminders
        .iter()
        .filter(|r| r.kind == ReminderKind::CheckIn)
        .filter_map(|r| r.day)
        .collect();
    assert_eq!(days, (2..=14).collect::<Vec<_>>());
    let off = Preferences {
        checkin_at: None,
        quiet_hours: None,
    };
    let plan = ReminderPlan::build(Protocol::builtin(), &t, &off, &[]).expect("plan");
    assert!(plan.reminders.iter().all(|r| r.kind != ReminderKind::CheckIn));
}

#[test]
fn quiet_hours_postpone_and_never_drop() {
    // Treated late in the evening: the start reminders fall in quiet hours.
    let t = treated(date(2026, 11, 20), time(22, 30, 0, 0), "Europe/Berlin");
    let quiet = QuietHours::new(time(22, 0, 0, 0), time(7, 30, 0, 0)).expect("quiet");
    let plain = ReminderPlan::build(Protocol::builtin(), &t, &Preferences::default(), &[]).expect("plan");
    let prefs = Preferences {
        quiet_hours: Some(quiet),
        ..Preferences::default()
    };
    let quiet_plan = ReminderPlan::build(Protocol::builtin(), &t, &prefs, &[]).expect("plan");
    assert_eq!(plain.reminders.len(), quiet_plan.reminders.len(), "nothing dropped");
    let gym_start = quiet_plan
        .reminders
        .iter()
        .find(|r| r.rule == "gym" && r.kind == ReminderKind::Start)
        .expect("gym start");
    assert_eq!(gym_start.planned_at.datetime(), date(2026, 11, 20).at(22, 30, 0, 0));
    assert_eq!(gym_start.due_at.datetime(), date(2026, 11, 21).at(7, 30, 0, 0));
    for r in &quiet_plan.reminders {
        assert!(!quiet.contains(r.due_at.time()), "{} rings in quiet hours", r.id);
        assert!(r.due_at.timestamp() >= r.planned_at.timestamp());
    }
    // Same ids with and without quiet hours: postponing is a move, not a new reminder.
    let d = PlanDiff::between(&plain, &quiet_plan);
    assert!(d.added.is_empty() && d.removed.is_empty() && !d.moved.is_empty());
    assert!(matches!(QuietHours::new(time(7, 0, 0, 0), time(7, 0, 0, 0)), Err(e) if e.code() == "invalid"));
}

#[test]
fn daytime_quiet_hours() {
    let q = QuietHours::new(time(13, 0, 0, 0), time(15, 0, 0, 0)).expect("q");
    assert!(q.contains(time(13, 0, 0, 0)) && q.contains(time(14, 59, 0, 0)));
    assert!(!q.contains(time(15, 0, 0, 0)) && !q.contains(time(12, 59, 0, 0)));
}

#[test]
fn replanning_is_idempotent() {
    let t = berlin_friday();
    let a = ReminderPlan::build(Protocol::builtin(), &t, &Preferences::default(), &[]).expect("plan");
    let b = ReminderPlan::build(Protocol::builtin(), &t, &Preferences::default(), &[]).expect("plan");
    assert_eq!(a, b);
    assert!(PlanDiff::between(&a, &b).is_empty());
    let mut ids: Vec<&str> = a.reminders.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), a.reminders.len(), "ids are unique");
    // Another treatment gets other ids.
    let other = treated(date(2026, 11, 21), time(14, 0, 0, 0), "Europe/Berlin");
    let c = ReminderPlan::build(Protocol::builtin(), &other, &Preferences::default(), &[]).expect("plan");
    assert!(c.reminders.iter().all(|r| a.get(&r.id).is_none()));
    // Changing the check-in time moves those reminders and nothing else.
    let prefs = Preferences {
        checkin_at: Some(time(21, 0, 0, 0)),
        quiet_hours: None,
    };
    let d = PlanDiff::between(
        &a,
        &ReminderPlan::build(Protocol::builtin(), &t, &prefs, &[]).expect("plan"),
    );
    assert_eq!(d.moved.len(), 14);
    assert!(d.added.is_empty() && d.removed.is_empty());
}

#[test]
fn moving_zone_keeps_hour_windows_and_follows_the_new_calendar() {
    let t = berlin_friday();
    let ny = zone("America/New_York");
    let r = relocate(Protocol::builtin(), &t, &Preferences::default(), &[], ny.clone()).expect("relocate");
    assert_eq!(
        (r.from_zone.as_str(), r.to_zone.as_str()),
        ("Europe/Berlin", "America/New_York")
    );
    // Hour windows keep their instants.
    assert!(r.windows.iter().all(|w| w.rule != "gym"));
    let moved = t.moved_to(ny);
    let tl = Timeline::build(Protocol::builtin(), &moved, t.ended_at, None).expect("tl");
    let gym = tl.entry("gym").expect("gym");
    assert_eq!(gym.ends_at.timestamp(), t.ended_at + SignedDuration::from_hours(48));
    // Day windows: 08:00 in New York on the day, plus 7 calendar days there.
    assert_eq!(
        tl.entry("sun").map(|e| e.ends_at.datetime()),
        Some(date(2026, 11, 27).at(8, 0, 0, 0))
    );
    // Daily reminders ring at 09:00 New York time now: they moved, none duplicated.
    assert!(!r.reminders.moved.is_empty());
    let new_plan = ReminderPlan::build(Protocol::builtin(), &moved, &Preferences::default(), &[]).expect("plan");
    for rem in new_plan
        .reminders
        .iter()
        .filter(|r| r.rule == "sun" && r.kind == ReminderKind::Daily)
    {
        assert_eq!(rem.due_at.time(), time(9, 0, 0, 0));
    }
}

#[test]
fn zone_change_across_differing_dst_moves_day_windows_only() {
    // 2026-03-25: New York is already on summer time; Berlin springs forward on the 29th.
    let t = treated(date(2026, 3, 25), time(14, 0, 0, 0), "Europe/Berlin");
    let r = relocate(
        Protocol::builtin(),
        &t,
        &Preferences::default(),
        &[],
        zone("America/New_York"),
    )
    .expect("relocate");
    let shifted: Vec<&str> = r.windows.iter().map(|w| w.rule.as_str()).collect();
    // Over the next week Berlin springs forward (a 167-hour week) but New York does not.
    assert!(shifted.contains(&"sun"), "{shifted:?}");
    assert!(!shifted.contains(&"gym"));
    let sun = r.windows.iter().find(|w| w.rule == "sun").expect("sun");
    assert_eq!(
        sun.new_end.timestamp().duration_since(sun.old_end.timestamp()),
        SignedDuration::from_hours(1)
    );
}

#[test]
fn a_skipped_date_gives_no_double_reminder() {
    // Samoa moved across the date line: 2011-12-30 never happened in Pacific/Apia.
    let t = Treatment::new("2011-12-30T09:59:00Z".parse().expect("ts"), zone("Pacific/Apia"));
    let plan = ReminderPlan::build(Protocol::builtin(), &t, &Preferences::default(), &[]).expect("plan");
    let sun: Vec<_> = plan
        .reminders
        .iter()
        .filter(|r| r.rule == "sun" && r.kind == ReminderKind::Daily)
        .map(|r| r.due_at.timestamp())
        .collect();
    let mut dedup = sun.clone();
    dedup.dedup();
    assert_eq!(sun, dedup);
    assert!(!sun.is_empty());
}

#[test]
fn quiet_hours_ending_in_a_gap_never_leave_a_reminder_inside_them() {
    // Antarctica/Troll jumps from 01:00 to 03:00 on 2008-03-30; quiet 02:00-01:00 (23 h).
    let t = Treatment::new("2008-03-30T00:59:00Z".parse().expect("ts"), zone("Antarctica/Troll"));
    let q = QuietHours::new(time(2, 0, 0, 0), time(1, 0, 0, 0)).expect("q");
    let plan = ReminderPlan::build(
        Protocol::builtin(),
        &t,
        &Preferences {
            checkin_at: None,
            quiet_hours: Some(q),
        },
        &[],
    )
    .expect("plan");
    for r in &plan.reminders {
        assert!(!q.contains(r.due_at.time()), "{} at {}", r.id, r.due_at);
    }
}
