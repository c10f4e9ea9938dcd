//! Time semantics of the aftercare domain.
//!
//! Every instant is kept as a UTC [`Timestamp`] plus the client's IANA [`Zone`]; local
//! clock readings are derived, never stored.
//!
//! An [`Offset`] from the end of a treatment comes in one of two units, and they mean
//! different things on purpose:
//!
//! * **Hours** (`"48h"`) are *elapsed* time. `48h` after 14:00 on the Saturday before
//!   a DST change is 48 real hours later, which the wall clock shows as 13:00 or 15:00.
//!   Sources say "24-48 hours" when they mean how long the skin needs, not a date.
//! * **Days** (`"7d"`) are *calendar days in the client's zone*, ending at the same
//!   local clock time: `7d` after Friday 14:00 is the next Friday 14:00 local time,
//!   even if that week is 167 or 169 hours long. Sources say "a week" or "a few days"
//!   and clients read them off a calendar.
//!
//! When the local clock time a day offset lands on does not exist or exists twice we
//! follow RFC 5545 (and jiff's "compatible" disambiguation):
//!
//! * in a **gap** (clocks jump forward) the time is read with the offset in force
//!   before the gap, which lands *later* on the clock: 02:30 in a 02:00→03:00 gap
//!   becomes 03:30;
//! * in a **fold** (clocks go back) the *earlier* of the two instants is taken.
//!
//! Local times of day for reminders (a daily check-in at 20:00, the end of quiet
//! hours) are resolved the same way.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan, Zoned};
use serde::{Deserialize, Serialize};

use crate::Error;

/// The largest offset a protocol may use: aftercare does not span more than a year.
pub const MAX_OFFSET_DAYS: i64 = 366;
pub const MAX_OFFSET_HOURS: i64 = MAX_OFFSET_DAYS * 24;

/// An offset from the moment a treatment ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Offset {
    /// Elapsed hours.
    Hours(i64),
    /// Calendar days in the client's zone, same local clock time.
    Days(i64),
}

impl Offset {
    pub const ZERO: Offset = Offset::Hours(0);

    /// Where this offset lands for a treatment that ended at `ended`, read in `zone`.
    pub fn after(self, ended: Timestamp, zone: &Zone) -> Result<Zoned, Error> {
        let start = ended.to_zoned(zone.tz().clone());
        let out = match self {
            Offset::Hours(h) => start.checked_add(SignedDuration::from_hours(h)),
            Offset::Days(d) => start.checked_add(d.days()),
        };
        out.map_err(|_| Error::OutOfRange("offset"))
    }

    /// A rough length used only to order and sanity-check offsets of different units.
    pub fn approx_hours(self) -> i64 {
        match self {
            Offset::Hours(h) => h,
            Offset::Days(d) => d * 24,
        }
    }
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Offset::Hours(h) => write!(f, "{h}h"),
            Offset::Days(d) => write!(f, "{d}d"),
        }
    }
}

/// Why an offset string was refused; the protocol loader adds file, line and rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OffsetError {
    #[error("{}", aftercare_i18n::say("offset-syntax", &[("text", .0.as_str().into())]))]
    Syntax(String),
    #[error("{}", aftercare_i18n::say("offset-negative", &[("text", .0.as_str().into())]))]
    Negative(String),
    #[error("{}", aftercare_i18n::say("offset-too-long", &[("text", .0.as_str().into()), ("days", MAX_OFFSET_DAYS.into()), ("hours", MAX_OFFSET_HOURS.into())]))]
    TooLong(String),
}

impl FromStr for Offset {
    type Err = OffsetError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let (num, unit) = t.split_at(t.len().saturating_sub(1));
        let value: i64 = num.parse().map_err(|_| OffsetError::Syntax(s.to_string()))?;
        if value < 0 {
            return Err(OffsetError::Negative(t.to_string()));
        }
        let off = match unit {
            "h" | "H" => Offset::Hours(value),
            "d" | "D" => Offset::Days(value),
            _ => return Err(OffsetError::Syntax(s.to_string())),
        };
        if off.approx_hours() > MAX_OFFSET_HOURS {
            return Err(OffsetError::TooLong(t.to_string()));
        }
        Ok(off)
    }
}

impl Serialize for Offset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Offset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A validated IANA time zone ("Europe/Berlin"), kept by name so it round-trips.
#[derive(Clone)]
pub struct Zone {
    name: String,
    tz: TimeZone,
}

impl Zone {
    pub fn new(name: &str) -> Result<Self, Error> {
        let trimmed = name.trim();
        // Fixed offsets and POSIX strings are not zones a person lives in: they carry no DST
        // rules, so a day window computed in them would drift when the client's clocks change.
        if trimmed.is_empty() || !trimmed.contains('/') && trimmed != "UTC" {
            return Err(Error::UnknownZone(name.to_string()));
        }
        let tz = TimeZone::get(trimmed).map_err(|_| Error::UnknownZone(name.to_string()))?;
        Ok(Zone {
            name: trimmed.to_string(),
            tz,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }

    /// A local clock reading on `date` in this zone, resolved like RFC 5545.
    pub fn at(&self, date: Date, time: Time) -> Result<Zoned, Error> {
        date.to_datetime(time)
            .to_zoned(self.tz.clone())
            .map_err(|_| Error::OutOfRange("local time"))
    }

    /// A civil date-time in this zone, resolved like RFC 5545.
    pub fn resolve(&self, dt: DateTime) -> Result<Zoned, Error> {
        dt.to_zoned(self.tz.clone())
            .map_err(|_| Error::OutOfRange("local time"))
    }

    pub fn local(&self, ts: Timestamp) -> Zoned {
        ts.to_zoned(self.tz.clone())
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Zone({})", self.name)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl Serialize for Zone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Zone::new(&s).map_err(serde::de::Error::custom)
    }
}

/// RFC 3339 with the local offset, seconds precision: `2026-11-20T14:00:00+01:00`.
pub fn rfc3339(z: &Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Serde helper: a [`Zoned`] as RFC 3339 with its offset (the zone name travels separately).
pub mod rfc3339_serde {
    use jiff::Zoned;
    pub fn serialize<S: serde::Serializer>(z: &Zoned, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::rfc3339(z))
    }
}

/// Serde helper for optional [`Zoned`] values.
pub mod rfc3339_opt_serde {
    use jiff::Zoned;
    pub fn serialize<S: serde::Serializer>(z: &Option<Zoned>, s: S) -> Result<S::Ok, S::Error> {
        match z {
            Some(z) => s.serialize_some(&super::rfc3339(z)),
            None => s.serialize_none(),
        }
    }
}

/// Parses a moment given on a command line or in a form: RFC 3339 with an offset
/// (`2026-11-20T14:00:00+01:00`, `…Z`) is an instant; a civil date-time without one
/// (`2026-11-20T14:00`) is a local clock reading in `zone`, resolved like RFC 5545.
pub fn parse_moment(s: &str, zone: &Zone) -> Result<Timestamp, Error> {
    let t = s.trim();
    if let Ok(ts) = t.parse::<Timestamp>() {
        return Ok(ts);
    }
    if let Ok(dt) = t.parse::<DateTime>() {
        return Ok(zone.resolve(dt)?.timestamp());
    }
    Err(Error::BadMoment(s.to_string()))
}

/// A local time of day written `HH:MM`.
pub fn parse_time_of_day(s: &str) -> Result<Time, Error> {
    let t = s.trim();
    let ok = t.len() == 5 && t.as_bytes()[2] == b':';
    let parsed = if ok { t.parse::<Time>().ok() } else { None };
    parsed.ok_or_else(|| Error::BadTimeOfDay(s.to_string()))
}

/// Human "time left": `35 min`, `9 h 5 min`, `14 h`, `2 d 3 h`. The one countdown rule of the
/// product (`countdown-cases.json`, which the UI's countdown is tested against too): round up
/// to the minute, so a countdown never says a moment early; whole hours (rounded up) from 10 h.
/// The words are the catalog's `countdown-…`, as on the page.
pub fn humanize(language: aftercare_i18n::Language, d: SignedDuration) -> String {
    use aftercare_i18n::Arg;
    let n = |v: u128| Arg::Number(v as f64);
    let ms = d.as_millis();
    if ms <= 0 {
        return language.text("countdown-now", &[]);
    }
    let minutes = ms.unsigned_abs().div_ceil(60_000);
    if minutes < 60 {
        return language.text("countdown-minutes", &[("minutes", n(minutes))]);
    }
    let (h, rest) = (minutes / 60, minutes % 60);
    if h < 10 {
        return if rest > 0 {
            language.text("countdown-hours-minutes", &[("hours", n(h)), ("minutes", n(rest))])
        } else {
            language.text("countdown-hours", &[("hours", n(h))])
        };
    }
    let hours = minutes.div_ceil(60);
    if hours < 48 {
        return language.text("countdown-hours", &[("hours", n(hours))]);
    }
    let (days, h) = (hours / 24, hours % 24);
    if h > 0 {
        language.text("countdown-days-hours", &[("days", n(days)), ("hours", n(h))])
    } else {
        language.text("countdown-days", &[("days", n(days))])
    }
}

/// Whole calendar days from `from` to `to` (local dates).
pub fn days_between(from: Date, to: Date) -> i64 {
    // Civil days are all 24 h long, so the exact duration divides evenly.
    from.duration_until(to).as_secs() / 86_400
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn berlin() -> Zone {
        Zone::new("Europe/Berlin").expect("zone")
    }

    #[test]
    fn offsets_parse_and_reject() {
        assert_eq!("48h".parse::<Offset>(), Ok(Offset::Hours(48)));
        assert_eq!("7d".parse::<Offset>(), Ok(Offset::Days(7)));
        assert_eq!(" 0h ".parse::<Offset>(), Ok(Offset::Hours(0)));
        assert!(matches!("-1d".parse::<Offset>(), Err(OffsetError::Negative(_))));
        assert!(matches!("367d".parse::<Offset>(), Err(OffsetError::TooLong(_))));
        assert!(matches!("8785h".parse::<Offset>(), Err(OffsetError::TooLong(_))));
        assert!(matches!("7w".parse::<Offset>(), Err(OffsetError::Syntax(_))));
        assert!(matches!("h".parse::<Offset>(), Err(OffsetError::Syntax(_))));
        assert!(matches!("".parse::<Offset>(), Err(OffsetError::Syntax(_))));
        assert!(matches!("1.5d".parse::<Offset>(), Err(OffsetError::Syntax(_))));
    }

    #[test]
    fn zones_must_be_iana_names() {
        assert!(Zone::new("Europe/Berlin").is_ok());
        assert!(Zone::new("UTC").is_ok());
        assert!(matches!(Zone::new("Mars/Olympus"), Err(Error::UnknownZone(_))));
        assert!(matches!(Zone::new("+01:00"), Err(Error::UnknownZone(_))));
        assert!(matches!(Zone::new(""), Err(Error::UnknownZone(_))));
    }

    #[test]
    fn days_keep_the_clock_across_spring_forward() {
        // Berlin springs forward on 2026-03-29: the week has 167 hours.
        let z = berlin();
        let ended = z.at(date(2026, 3, 27), Time::constant(14, 0, 0, 0)).expect("t");
        let end = Offset::Days(7).after(ended.timestamp(), &z).expect("end");
        assert_eq!(end.datetime(), date(2026, 4, 3).at(14, 0, 0, 0));
        assert_eq!(end.timestamp().duration_since(ended.timestamp()).as_hours(), 167);
        let h = Offset::Hours(48).after(ended.timestamp(), &z).expect("end");
        assert_eq!(h.datetime(), date(2026, 3, 29).at(15, 0, 0, 0));
    }

    #[test]
    fn day_offset_into_a_gap_lands_later_and_into_a_fold_earlier() {
        let z = berlin();
        let ended = z.at(date(2026, 3, 28), Time::constant(2, 30, 0, 0)).expect("t");
        let end = Offset::Days(1).after(ended.timestamp(), &z).expect("end");
        assert_eq!(end.datetime(), date(2026, 3, 29).at(3, 30, 0, 0));

        let ended = z.at(date(2026, 10, 24), Time::constant(2, 30, 0, 0)).expect("t");
        let end = Offset::Days(1).after(ended.timestamp(), &z).expect("end");
        assert_eq!(end.datetime(), date(2026, 10, 25).at(2, 30, 0, 0));
        assert_eq!(end.offset().seconds(), 7200, "the first 02:30, still summer time");
    }

    #[test]
    fn moments_parse_as_instant_or_local() {
        let z = berlin();
        let a = parse_moment("2026-11-20T14:00", &z).expect("local");
        let b = parse_moment("2026-11-20T13:00:00Z", &z).expect("utc");
        assert_eq!(a, b);
        assert!(matches!(parse_moment("yesterday", &z), Err(Error::BadMoment(_))));
    }

    #[test]
    fn time_of_day_and_humanize() {
        assert_eq!(parse_time_of_day("09:30").expect("t"), Time::constant(9, 30, 0, 0));
        assert!(parse_time_of_day("9:30").is_err());
        assert!(parse_time_of_day("25:00").is_err());
        assert_eq!(
            humanize(aftercare_i18n::Language::English, SignedDuration::from_hours(14)),
            "14 h"
        );
        assert_eq!(
            humanize(aftercare_i18n::Language::English, SignedDuration::from_hours(51)),
            "2 d 3 h"
        );
        assert_eq!(
            humanize(aftercare_i18n::Language::English, SignedDuration::from_mins(35)),
            "35 min"
        );
        assert_eq!(
            humanize(aftercare_i18n::Language::English, SignedDuration::from_hours(-3)),
            "now"
        );
        let de = |d| humanize(aftercare_i18n::Language::German, d);
        assert_eq!(de(SignedDuration::from_hours(51)), "2 Tg. 3 Std.");
        assert_eq!(de(SignedDuration::from_mins(35)), "35 Min.");
        // The same cases the UI's countdown is tested against.
        let cases: serde_json::Value = serde_json::from_str(include_str!("../countdown-cases.json")).expect("cases");
        for case in cases["cases"].as_array().expect("cases") {
            let ms = case[0].as_i64().expect("ms");
            let want = case[1].as_str().expect("text");
            assert_eq!(
                humanize(aftercare_i18n::Language::English, SignedDuration::from_millis(ms)),
                want,
                "{ms} ms"
            );
        }
    }
}
