//! Reading what the page typed: dates, times, zones. One place, every screen.

use aftercare_core::time::parse_time_of_day;
use aftercare_core::{QuietHours, Zone};
use aftercare_i18n::say;
use jiff::civil::{Date, Time};

use crate::error::{AppError, Result};

pub(super) fn time_or_none(s: &str, field: &str) -> Result<Option<Time>> {
    match s.trim() {
        "" => Ok(None),
        t => parse_time_of_day(t).map(Some).map_err(|e| AppError::from(e).at(field)),
    }
}

pub(super) fn quiet_hours(start: &str, end: &str) -> Result<Option<QuietHours>> {
    match (time_or_none(start, "quiet_start")?, time_or_none(end, "quiet_end")?) {
        (None, None) => Ok(None),
        (Some(a), Some(b)) => QuietHours::new(a, b)
            .map(Some)
            .map_err(|e| AppError::from(e).at("quiet_end")),
        (None, Some(_)) => Err(AppError::invalid("quiet_start", say("invalid-quiet-start", &[]))),
        (Some(_), None) => Err(AppError::invalid("quiet_end", say("invalid-quiet-end", &[]))),
    }
}

pub(super) fn date(s: &str, field: &str) -> Result<Date> {
    let t = s.trim();
    if t.is_empty() {
        return Err(AppError::invalid(field, say("invalid-date-empty", &[])));
    }
    t.parse::<Date>()
        .map_err(|_| AppError::invalid(field, say("invalid-date-unreadable", &[("text", t.into())])))
}

pub(super) fn zone(name: &str) -> Result<Zone> {
    Zone::new(name.trim()).map_err(|e| AppError::from(e).at("zone"))
}

/// The zones to pick from, with their offsets now.
pub(super) fn zones() -> Vec<crate::views::ZoneOption> {
    aftercare_core::zones::choices(jiff::Timestamp::now())
        .into_iter()
        .map(|c| crate::views::ZoneOption {
            offset: c.offset_label(),
            name: c.name,
            city: c.city,
            country: c.country.to_string(),
            country_name: c.country_name.to_string(),
        })
        .collect()
}

pub(super) fn hhmm(t: Option<Time>) -> String {
    t.map(|t| t.strftime("%H:%M").to_string()).unwrap_or_default()
}
