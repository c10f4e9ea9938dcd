//! Human-readable output.

use std::io::{self, Write};

use aftercare_core::reminder::Relocation;
use aftercare_core::timeline::{Answer, Timeline};
use aftercare_core::{Protocol, ReminderPlan, Status, Strength, Verdict};
use jiff::{Timestamp, Zoned};

fn when(z: &Zoned) -> String {
    z.strftime("%a %-d %b %Y %H:%M").to_string()
}

fn strength(s: Strength) -> &'static str {
    match s {
        Strength::Avoid => "avoid",
        Strength::Limit => "limit",
        Strength::Do => "do",
    }
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
    writeln!(out, "Treatment ended {} ({})", when(&tl.treated_at), tl.zone)?;
    let day = if tl.day >= 1 {
        format!("day {}", tl.day)
    } else {
        "before the treatment".to_string()
    };
    writeln!(out, "Now: {} ({day})", when(&tl.now))?;
    writeln!(out)?;
    writeln!(out, "Timeline")?;
    for e in &tl.entries {
        let left = match (e.status, &e.time_left) {
            (Status::Active, Some(l)) => format!("{l} left"),
            (Status::Upcoming, Some(l)) => format!("starts in {l}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "  {:<8} {:<5} {:<40} until {}  {:<12} [{}]",
            e.status.label(),
            strength(e.strength),
            e.title,
            when(&e.ends_at),
            left,
            e.facts.join(", ")
        )?;
    }
    if !tl.expected_today.is_empty() {
        writeln!(out)?;
        writeln!(out, "What's normal today")?;
        for n in &tl.expected_today {
            writeln!(out, "  {}: {} [{}]", n.title, n.text, n.facts.join(", "))?;
        }
    }
    if let Some(r) = relocation {
        writeln!(out)?;
        writeln!(out, "Moving from {} to {}", r.from_zone, r.to_zone)?;
        for w in &r.windows {
            writeln!(
                out,
                "  {} now ends {} (was {})",
                w.rule,
                when(&w.new_end),
                when(&w.old_end)
            )?;
        }
        let d = &r.reminders;
        writeln!(
            out,
            "  reminders: {} moved, {} added, {} removed, {} unchanged",
            d.moved.len(),
            d.added.len(),
            d.removed.len(),
            d.unchanged
        )?;
    }
    let upcoming: Vec<_> = plan.after(now).collect();
    writeln!(out)?;
    writeln!(
        out,
        "Reminders ({} upcoming of {})",
        upcoming.len(),
        plan.reminders.len()
    )?;
    for r in upcoming {
        let postponed = if r.due_at.timestamp() != r.planned_at.timestamp() {
            format!(" (after quiet hours; was {})", r.planned_at.strftime("%H:%M"))
        } else {
            String::new()
        };
        writeln!(out, "  {}  {}: {}{postponed}", when(&r.due_at), r.title, r.body)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "General aftercare guidance, not medical advice: your clinic's instructions come first."
    )
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
        writeln!(
            out,
            "  {} ({} {}): {} [{}]",
            r.title,
            strength(r.strength),
            match (&r.until, &r.still_healing) {
                (_, Some(why)) => format!("while your skin settles: {why}"),
                (Some(until), None) => format!("until {}", when(until)),
                (None, None) => String::new(),
            },
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
        return writeln!(out, "Everything you logged fits the usual course of healing.");
    };
    let clinic = settings.clinic();
    let Some(e) = aftercare_core::escalation::escalate(
        a,
        &clinic,
        &settings.emergency_number(),
        aftercare_core::Language::English,
    ) else {
        // Self-care notes only: what to do at home, without alarm.
        writeln!(out, "{}:", tier.label())?;
        for f in &a.flags {
            writeln!(out, "  - {} [{}]", f.reason, f.facts.join(", "))?;
        }
        return Ok(());
    };
    for line in e.lines() {
        writeln!(out, "{line}")?;
    }
    if clinic.phone.is_empty() {
        writeln!(
            out,
            "Add your clinic's number: aftercare settings --clinic-phone \"+49 …\""
        )?;
    }
    Ok(())
}

pub fn history(
    out: &mut impl Write,
    history: &[aftercare_core::CheckIn],
    trend: &[aftercare_core::checkin::TrendPoint],
) -> io::Result<()> {
    if history.is_empty() {
        return writeln!(out, "No check-ins yet. Log today: aftercare checkin --redness 2");
    }
    writeln!(out, "  date        day  redness           expected  spots  notes")?;
    for (c, p) in history.iter().zip(trend) {
        let bar = "█".repeat(usize::from(p.redness));
        writeln!(
            out,
            "  {}  {:>3}  {:<4} {:<12} {:>8.1}  {:>5}  {}",
            c.date,
            p.day,
            bar,
            c.redness.label(),
            p.expected,
            c.breakouts,
            c.notes.lines().next().unwrap_or("")
        )?;
    }
    Ok(())
}

pub fn settings(out: &mut impl Write, s: &aftercare_core::Settings) -> io::Result<()> {
    let hm = |t: jiff::civil::Time| t.strftime("%H:%M").to_string();
    writeln!(out, "Time zone:        {}", s.zone)?;
    writeln!(out, "Daily check-in:   {}", s.checkin_at.map_or("off".into(), hm))?;
    writeln!(
        out,
        "Quiet hours:      {}",
        s.quiet_hours
            .map_or("off".into(), |q| format!("{}-{}", hm(q.start), hm(q.end)))
    )?;
    writeln!(out, "Clinic:           {} {}", s.clinic_name, s.clinic_phone)?;
    let chosen = if s.emergency_number.is_some() {
        ""
    } else {
        " (from your time zone)"
    };
    writeln!(out, "Emergency number: {}{chosen}", s.emergency_number())?;
    writeln!(out, "Grace period:     {} min", s.grace_minutes)?;
    writeln!(out, "Series length:    {} sessions", s.series_length)
}
