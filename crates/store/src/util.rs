//! Conversions between domain values and their stored text.

use aftercare_core::Zone;
use jiff::civil::{Date, Time};
use jiff::Timestamp;

use crate::Error;

pub fn ts(t: Timestamp) -> String {
    t.to_string()
}

pub fn parse_ts(s: &str) -> Result<Timestamp, Error> {
    s.parse().map_err(|_| Error::Corrupt(format!("instant {s:?}")))
}

pub fn date(d: Date) -> String {
    d.to_string()
}

pub fn parse_date(s: &str) -> Result<Date, Error> {
    s.parse().map_err(|_| Error::Corrupt(format!("date {s:?}")))
}

pub fn hhmm(t: Time) -> String {
    t.strftime("%H:%M").to_string()
}

pub fn parse_hhmm(s: &str) -> Result<Time, Error> {
    aftercare_core::time::parse_time_of_day(s).map_err(|_| Error::Corrupt(format!("time of day {s:?}")))
}

pub fn zone(s: &str) -> Result<Zone, Error> {
    Zone::new(s).map_err(|_| Error::Corrupt(format!("time zone {s:?}")))
}
