//! Human-readable output, in the terminal's language (`say`, set at start from the
//! environment; the `--json` output is a stable interface and stays as it is).

use std::io::{self, Write};

use aftercare_core::reminder::Relocation;
use aftercare_core::timeline::{Answer, Timeline};
use aftercare_core::{Language, Protocol, ReminderPlan, Status, Strength, Verdict};
use aftercare_i18n::{dates, say, Arg};
use jiff::{Timestamp, Zoned};

/// A moment with its year, as the terminal's language writes it.
pub fn when(z: &Zoned) -> String {
    let day = dates::day_in_year(Language::current(), z.date());
    say(
        "cli-moment",
        &[
            ("day", day.into()),
            ("time", dates::time(Language::current(), z.time()).into()),
        ],
    )
}

/// A day with its year.
pub fn day(d: jiff::civil::Date) -> String {
    dates::day_in_year(Language::current(), d)
}

fn strength(s: Strength) -> String {
    say(
        match s {
            Strength::Avoid => "strength-avoid",
            Strength::Limit => "strength-limit",
            Strength::Do => "cli-strength-do",
        },
        &[],
    )
}

fn status(s: Status) -> String {
    say(
        match s {
            Status::Upcoming => "timeline-upcoming",
            Status::Active => "timeline-now",
            Status::Over => "timeline-past",
        },
        &[],
    )
}

/// `text` padded with spaces to `width` characters (a word in another language may be longer).
fn pad(text: &str, width: usize) -> String {
    format!("{text:<width$}")
}

pub fn plan(
    out: &mut impl Write,
    proto: &Protocol,
    tl: &Timeline,
    plan: &ReminderPlan,
    relocation: Option<&Relocation>,
    now: Timestamp,
) -> io::Result<()> {
    writeln!(out, "{} ({})", proto.name, proto.version)?;
    writeln!(
        out,
        "{}",
        say(
            "cli-treatment-ended",
            &[
                ("when", when(&tl.treated_at).into()),
                ("zone", tl.zone.to_string().into())
            ]
        )
    )?;
    let day = if tl.day >= 1 {
        say("cli-day", &[("day", tl.day.into())])
    } else {
        say("cli-before-treatment", &[])
    };
    writeln!(
        out,
        "{}",
        say("cli-now", &[("when", when(&tl.now).into()), ("day", day.into())])
    )?;
    writeln!(out)?;
    writeln!(out, "{}", say("plan-timeline", &[]))?;
    // Columns as wide as their longest word in this language.
    let widest = |words: Vec<String>| words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let status_width = widest(tl.entries.iter().map(|e| status(e.status)).collect());
    let strength_width = widest(tl.entries.iter().map(|e| strength(e.strength)).collect());
    let until = |e: &aftercare_core::timeline::Entry| say("today-until", &[("when", when(&e.ends_at).into())]);
    let until_width = widest(tl.entries.iter().map(until).collect());
    for e in &tl.entries {
        let left = match (e.status, &e.time_left) {
            (Status::Active, Some(l)) => say("cli-left", &[("left", l.as_str().into())]),
            (Status::Upcoming, Some(l)) => say("cli-starts-in", &[("left", l.as_str().into())]),
            _ => String::new(),
        };
        writeln!(
            out,
            "  {} {} {} {}  {} [{}]",
            pad(&status(e.status), status_width),
            pad(&strength(e.strength), strength_width),
            pad(&e.title, 40),
            pad(&until(e), until_width),
            pad(&left, 12),
            e.facts.join(", ")
        )?;
    }
    if !tl.expected_today.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", say("today-normal-heading", &[("day", tl.day.into())]))?;
        for n in &tl.expected_today {
            writeln!(out, "  {}: {} [{}]", n.title, n.text, n.facts.join(", "))?;
        }
    }
    if let Some(r) = relocation {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            say(
                "cli-moving",
                &[("from", r.from_zone.as_str().into()), ("to", r.to_zone.as_str().into())]
            )
        )?;
        for w in &r.windows {
            // The rule by its title, in the protocol's language, not its id.
            let rule = proto.rule(&w.rule).map_or_else(|| w.rule.clone(), |r| r.title.clone());
            writeln!(
                out,
                "  {}",
                say(
                    "cli-window-moved",
                    &[
                        ("rule", rule.into()),
                        ("new", when(&w.new_end).into()),
                        ("old", when(&w.old_end).into())
                    ]
                )
            )?;
        }
        let d = &r.reminders;
        writeln!(
            out,
            "  {}",
            say(
                "cli-reminders-moved",
                &[
                    ("moved", d.moved.len().into()),
                    ("added", d.added.len().into()),
                    ("removed", d.removed.len().into()),
                    ("unchanged", d.unchanged.into())
                ]
            )
        )?;
    }
    let upcoming: Vec<_> = plan.after(now).collect();
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        say(
            "cli-reminders-upcoming",
            &[
                ("upcoming", upcoming.len().into()),
                ("total", plan.reminders.len().into())
            ]
        )
    )?;
    for r in upcoming {
        let postponed = if r.due_at.timestamp() != r.planned_at.timestamp() {
            let was = dates::time(Language::current(), r.planned_at.time());
            format!(" {}", say("cli-after-quiet", &[("time", was.into())]))
        } else {
            String::new()
        };
        writeln!(out, "  {}  {}: {}{postponed}", when(&r.due_at), r.title, r.body)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", say("cli-disclaimer", &[]))
}

pub fn answer(out: &mut impl Write, a: &Answer) -> io::Result<()> {
    // The summary opens with the verdict in words; the marker makes it scannable.
    let mark = match a.verdict {
        Verdict::Yes => "✓",
        Verdict::WithCare => "~",
        Verdict::NotYet => "✗",
    };
    writeln!(out, "{mark} {}", a.summary)?;
    for r in &a.reasons {
        let why = match (&r.until, &r.still_healing) {
            (_, Some(why)) => say("cli-while-settling", &[("why", why.as_str().into())]),
            (Some(until), None) => say("today-until", &[("when", when(until).into())]),
            (None, None) => String::new(),
        };
        writeln!(
            out,
            "  {} ({} {why}): {} [{}]",
            r.title,
            strength(r.strength),
            r.advice,
            r.facts.join(", ")
        )?;
    }
    Ok(())
}

pub fn assessment(
    out: &mut impl Write,
    a: &aftercare_core::Assessment,
    settings: &aftercare_core::Settings,
) -> io::Result<()> {
    let Some(tier) = a.tier else {
        return writeln!(out, "{}", say("cli-all-usual", &[]));
    };
    let language = Language::current();
    let clinic = settings.clinic();
    let Some(e) = aftercare_core::escalation::escalate(a, &clinic, &settings.emergency_number(), language) else {
        // Self-care notes only: what to do at home, without alarm.
        writeln!(out, "{}:", tier.label_in(language))?;
        for f in &a.flags {
            writeln!(out, "  - {} [{}]", f.reason, f.facts.join(", "))?;
        }
        return Ok(());
    };
    for line in e.lines() {
        writeln!(out, "{line}")?;
    }
    if clinic.phone.is_empty() {
        writeln!(out, "{}", say("cli-add-clinic-phone", &[]))?;
    }
    Ok(())
}

pub fn history(
    out: &mut impl Write,
    history: &[aftercare_core::CheckIn],
    trend: &[aftercare_core::checkin::TrendPoint],
) -> io::Result<()> {
    if history.is_empty() {
        return writeln!(out, "{}", say("cli-no-checkins", &[]));
    }
    let col = |id: &str| say(id, &[]);
    // Each column as wide as its heading or its values, whichever is wider, in any language.
    let width = |heading: &str, at_least: usize| heading.chars().count().max(at_least);
    let (day, expected, spots) = (col("cli-col-day"), col("cli-col-expected"), col("cli-col-spots"));
    let (day_w, expected_w, spots_w) = (width(&day, 3), width(&expected, 8), width(&spots, 5));
    writeln!(
        out,
        "  {}  {day:>day_w$}  {} {expected:>expected_w$}  {spots:>spots_w$}  {}",
        pad(&col("cli-col-date"), 10),
        pad(&col("cli-col-redness"), 17),
        col("cli-col-notes"),
    )?;
    let language = Language::current();
    for (c, p) in history.iter().zip(trend) {
        let bar = "█".repeat(usize::from(p.redness));
        let mut expected = format!("{:.1}", p.expected);
        if language == Language::German {
            expected = expected.replace('.', ",");
        }
        writeln!(
            out,
            "  {}  {:>day_w$}  {} {} {expected:>expected_w$}  {:>spots_w$}  {}",
            c.date,
            p.day,
            pad(&bar, 4),
            pad(&c.redness.word(language), 12),
            c.breakouts,
            c.notes.lines().next().unwrap_or("")
        )?;
    }
    Ok(())
}

pub fn settings(out: &mut impl Write, s: &aftercare_core::Settings) -> io::Result<()> {
    // Written as `--checkin` and `--quiet` take them back (HH:MM), not as a moment is read.
    let hm = |t: jiff::civil::Time| t.strftime("%H:%M").to_string();
    let off = || say("cli-off", &[]);
    let number = s.emergency_number();
    let emergency = if s.emergency_number.is_some() {
        number
    } else {
        say("cli-from-zone", &[("number", number.into())])
    };
    let clinic = format!("{} {}", s.clinic_name, s.clinic_phone).trim().to_string();
    let lines = [
        ("settings-zone", s.zone.to_string()),
        ("cli-settings-checkin", s.checkin_at.map_or_else(off, hm)),
        (
            "cli-settings-quiet",
            s.quiet_hours
                .map_or_else(off, |q| format!("{}-{}", hm(q.start), hm(q.end))),
        ),
        ("settings-clinic", clinic),
        ("cli-settings-emergency", emergency),
        (
            "cli-settings-grace",
            say("cli-minutes", &[("minutes", Arg::from(s.grace_minutes))]),
        ),
        (
            "cli-settings-series",
            say("cli-sessions", &[("sessions", Arg::from(u32::from(s.series_length)))]),
        ),
    ]
    .map(|(id, value)| (format!("{}:", say(id, &[])), value));
    // The values line up after the longest label, in any language.
    let width = lines.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
    for (label, value) in lines {
        writeln!(out, "{}", format!("{} {value}", pad(&label, width)).trim_end())?;
    }
    Ok(())
}
