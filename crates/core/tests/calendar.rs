//! The calendar export parses back with an independent iCalendar parser and carries
//! every window and every reminder at the right instant.

use aftercare_core::{ics, Language, Preferences, Protocol, ReminderPlan, Timeline, Treatment, Zone};
use icalendar::parser::{read_calendar, unfold};
use jiff::Timestamp;

fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

#[test]
fn ics_round_trips_through_a_parser() {
    let z = Zone::new("America/New_York").expect("zone");
    let t = Treatment::new(
        z.resolve("2026-10-30T17:45".parse().expect("dt"))
            .expect("t")
            .timestamp(),
        z,
    );
    let p = Protocol::builtin();
    let tl = Timeline::build(p, &t, t.ended_at, None).expect("tl");
    let plan = ReminderPlan::build(p, &t, &Preferences::default(), &[]).expect("plan");
    let text = ics::calendar(
        &tl,
        &plan,
        "2026-10-30T22:00:00Z".parse().expect("stamp"),
        Language::English,
    );

    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded (75 octets + CR)");
    assert!(text.contains("\r\n"));
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).expect("parses");
    assert_eq!(
        cal.properties
            .iter()
            .find(|p| p.name == "VERSION")
            .map(|p| p.val.as_str()),
        Some("2.0")
    );

    let events: Vec<_> = cal.components.iter().filter(|c| c.name == "VEVENT").collect();
    let checkins = plan.reminders.iter().filter(|r| r.rule == "checkin").count();
    assert_eq!(events.len(), tl.entries.len() + checkins);

    for e in &tl.entries {
        let ev = events
            .iter()
            .find(|ev| {
                ev.find_prop("UID")
                    .is_some_and(|u| u.val.as_str().starts_with(&format!("{}-", e.rule)))
            })
            .unwrap_or_else(|| panic!("event for {}", e.rule));
        assert_eq!(
            ev.find_prop("DTSTART").map(|p| p.val.to_string()),
            Some(utc(e.starts_at.timestamp()))
        );
        assert_eq!(
            ev.find_prop("DTEND").map(|p| p.val.to_string()),
            Some(utc(e.ends_at.timestamp()))
        );
        assert_eq!(
            ev.find_prop("SUMMARY").map(|p| p.val.to_string()),
            Some(e.title.clone())
        );
        let desc = ev
            .find_prop("DESCRIPTION")
            .map(|p| p.val.to_string())
            .unwrap_or_default();
        assert!(desc.contains(&e.facts[0]), "description names the facts");
        let want: Vec<String> = plan
            .reminders
            .iter()
            .filter(|r| r.rule == e.rule)
            .map(|r| utc(r.due_at.timestamp()))
            .collect();
        let got: Vec<String> = ev
            .components
            .iter()
            .filter(|a| a.name == "VALARM")
            .filter_map(|a| a.find_prop("TRIGGER").map(|p| p.val.to_string()))
            .collect();
        assert_eq!(got, want, "alarms of {}", e.rule);
    }
    // The sun window crosses the end of DST in New York (1 Nov 2026): 7 calendar days,
    // 169 elapsed hours, ending at 17:45 local = 22:45 UTC.
    let sun = tl.entry("sun").expect("sun");
    assert_eq!(utc(sun.ends_at.timestamp()), "20261106T224500Z");
}

#[test]
fn text_with_commas_and_newlines_survives() {
    let src = Protocol::builtin_source().replacen(
        "advice = \"Give your skin two full days",
        "advice = \"Rest; really, rest.\\nThen: Give your skin two full days",
        1,
    );
    let p = Protocol::from_toml(&src, "t.toml").expect("protocol");
    let z = Zone::new("Europe/Berlin").expect("zone");
    let t = Treatment::new("2026-11-20T13:00:00Z".parse().expect("ts"), z);
    let tl = Timeline::build(&p, &t, t.ended_at, None).expect("tl");
    let plan = ReminderPlan::build(&p, &t, &Preferences::default(), &[]).expect("plan");
    let text = ics::calendar(&tl, &plan, t.ended_at, Language::English);
    assert!(text.contains("Rest\\; really\\, rest.\\nThen:"));
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).expect("parses");
    let gym = cal
        .components
        .iter()
        .find(|c| c.find_prop("UID").is_some_and(|u| u.val.as_str().starts_with("gym-")))
        .expect("gym");
    let desc = gym.find_prop("DESCRIPTION").expect("desc").val.clone().unescape_text();
    assert!(
        desc.as_str().starts_with("Rest; really, rest.\nThen:"),
        "{}",
        desc.as_str()
    );
}

#[test]
fn the_calendar_speaks_the_clients_language() {
    let z = Zone::new("Europe/Berlin").expect("zone");
    let t = Treatment::new(
        z.resolve("2026-11-20T14:00".parse().expect("dt"))
            .expect("t")
            .timestamp(),
        z,
    );
    let de = Protocol::builtin().in_language(Language::German);
    let tl = Timeline::build(&de, &t, t.ended_at, None).expect("tl");
    let plan = ReminderPlan::build(&de, &t, &Preferences::default(), &[]).expect("plan");
    let text = unfold(&ics::calendar(&tl, &plan, t.ended_at, Language::German));
    assert!(text.contains("X-WR-CALNAME:Nachsorge"));
    assert!(text.contains("SUMMARY:Direkte Sonne meiden"));
    assert!(text.contains("CATEGORIES:Bewegung"));
    assert!(text.contains("Beruht auf: F1. Die Anweisungen Ihrer Praxis haben Vorrang."));
    assert!(text.contains("SUMMARY:Wie geht es Ihrer Haut heute?"));
    for english in [
        "Based on",
        "Stay out of direct sun",
        "How is your skin today?",
        "CATEGORIES:Activity",
    ] {
        assert!(
            !text.contains(english),
            "English left in the German calendar: {english}"
        );
    }
    assert!(read_calendar(&text).is_ok(), "still a calendar");
}
