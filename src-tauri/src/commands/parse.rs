//! Reading what the page typed: dates, times, zones. One place, every screen.

use aftercare_core::time::parse_time_of_day;
use aftercare_core::{QuietHours, Zone};
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
        (None, Some(_)) => Err(AppError::invalid("quiet_start", "Quiet hours need a start time too.")),
        (Some(_), None) => Err(AppError::invalid("quiet_end", "Quiet hours need an end time too.")),
    }
}

pub(super) fn date(s: &str, field: &str) -> Result<Date> {
    let t = s.trim();
    if t.is_empty() {
        return Err(AppError::invalid(field, "Pick a date."));
    }
    t.parse::<Date>().map_err(|_| {
        AppError::invalid(
            field,
            format!("\"{t}\" is not a date the app can read: pick one from the calendar."),
        )
    })
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
