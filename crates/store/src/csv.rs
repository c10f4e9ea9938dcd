//! CSV export of check-ins: one row per day, RFC 4180 quoting, CRLF line ends.

use aftercare_core::checkin::Symptom;
use aftercare_core::CheckIn;

use crate::{Result, Store};

/// The columns before the yes/no signs ([`Symptom::column`]) and after them.
const HEAD: &[&str] = &[
    "date",
    "day",
    "redness",
    "redness_label",
    "breakouts",
    "swelling",
    "pain",
];
const TAIL: &[&str] = &["notes"];

/// One field, quoted when it holds a comma, quote or line break. Text that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
pub fn field(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

pub fn checkins_csv(day_of: impl Fn(&CheckIn) -> i64, rows: &[CheckIn]) -> String {
    let header: Vec<&str> = HEAD
        .iter()
        .copied()
        .chain(Symptom::ALL.map(Symptom::column))
        .chain(TAIL.iter().copied())
        .collect();
    let mut out = header.join(",");
    out.push_str("\r\n");
    for c in rows {
        let cells: Vec<String> = [
            c.date.to_string(),
            day_of(c).to_string(),
            c.redness.score().to_string(),
            c.redness.label().to_string(),
            c.breakouts.to_string(),
            c.swelling.to_string(),
            c.pain.to_string(),
        ]
        .into_iter()
        .chain(Symptom::ALL.map(|s| yes(c.has(s)).to_string()))
        .chain([field(&c.notes)])
        .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

impl Store {
    /// The check-ins of a treatment as CSV.
    pub async fn export_csv(&self, treatment_id: i64) -> Result<String> {
        // Day numbers on the client's current calendar, as the app shows them.
        let case = self.case_of(treatment_id).await?;
        Ok(checkins_csv(|c| case.treatment.day_of(c.date), &case.history))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+2"), "'=1+2");
        assert_eq!(field("-3, fine"), "\"'-3, fine\"");
    }
}
