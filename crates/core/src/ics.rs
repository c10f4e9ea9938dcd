//! Calendar export (RFC 5545): each rule's window as an event, each reminder as an alarm,
//! so the plan survives in any calendar app even without this one.
//!
//! Times are written in UTC (`…Z`): every calendar shows them on the reader's own clock,
//! and no VTIMEZONE block is needed.

use std::fmt::Write;

use aftercare_i18n::Language;
use jiff::Timestamp;

use crate::reminder::{Reminder, ReminderPlan, CHECKIN_RULE};
use crate::timeline::Timeline;

const PRODID: &str = "-//Aftercare Companion//Aftercare plan 1.0//EN";

fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT escaping (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn alarm(out: &mut String, r: &Reminder) {
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(
        out,
        &format!("DESCRIPTION:{}", escape(&format!("{}: {}", r.title, r.body))),
    );
    line(out, &format!("TRIGGER;VALUE=DATE-TIME:{}", utc(r.due_at.timestamp())));
    line(out, "END:VALARM");
}

/// The whole plan as an `.ics` document. `stamp` is the creation time (DTSTAMP).
pub fn calendar(timeline: &Timeline, plan: &ReminderPlan, stamp: Timestamp, language: Language) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let dtstamp = utc(stamp);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape(&language.text("calendar-name", &[]))),
    );
    // The uid ties an event to this treatment, so re-importing updates instead of duplicating.
    let key = timeline.treated_at.timestamp().as_second();
    for e in &timeline.entries {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}-{key}@aftercare-companion", e.rule));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("DTSTART:{}", utc(e.starts_at.timestamp())));
        line(&mut out, &format!("DTEND:{}", utc(e.ends_at.timestamp())));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.title)));
        let mut desc = e.advice.clone();
        let based_on = language.text("calendar-based-on", &[("facts", e.facts.join(", ").into())]);
        let _ = write!(desc, "\n\n{based_on}");
        line(&mut out, &format!("DESCRIPTION:{}", escape(&desc)));
        line(&mut out, &format!("CATEGORIES:{}", escape(&e.category.label(language))));
        line(&mut out, "TRANSP:TRANSPARENT");
        for r in plan.reminders.iter().filter(|r| r.rule == e.rule) {
            alarm(&mut out, r);
        }
        line(&mut out, "END:VEVENT");
    }
    for r in plan.reminders.iter().filter(|r| r.rule == CHECKIN_RULE) {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}@aftercare-companion", r.id));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("DTSTART:{}", utc(r.due_at.timestamp())));
        line(&mut out, "DURATION:PT5M");
        line(&mut out, &format!("SUMMARY:{}", escape(&r.title)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&r.body)));
        line(&mut out, "TRANSP:TRANSPARENT");
        alarm(&mut out, r);
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_folding() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut s = String::new();
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        line(&mut s, &long);
        for l in s.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = s.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), long);
    }
}
