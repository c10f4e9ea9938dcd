//! Dates and times as each language writes them. Fluent in Rust has no DATETIME, so the
//! patterns are here, written as CLDR (what the page's `Intl` uses) has them for these
//! options: English as in Britain ("Thu 26 Nov, 09:00"), German ("Do., 26. Nov., 09:00"),
//! always 24-hour, as both do. The pseudo-locale is the English pattern, accented.

use jiff::civil::{Date, Weekday};
use jiff::Zoned;

use crate::{pseudo, Language};

const EN_WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DE_WEEKDAYS: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// German's abbreviations in a date ("26. Nov."): short names are written out.
const DE_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

fn weekday_index(w: Weekday) -> usize {
    usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)
}

fn month_index(d: Date) -> usize {
    usize::try_from(d.month() - 1).unwrap_or(0)
}

/// A day: "Thu 26 Nov" / "Do., 26. Nov.".
pub fn day(language: Language, d: Date) -> String {
    let (w, m) = (weekday_index(d.weekday()), month_index(d));
    match language {
        Language::English => format!("{} {} {}", EN_WEEKDAYS[w], d.day(), EN_MONTHS[m]),
        Language::German => format!("{}, {}. {}", DE_WEEKDAYS[w], d.day(), DE_MONTHS[m]),
        Language::Pseudo => pseudo(&day(Language::English, d)),
    }
}

/// A day with its year: "Sat 21 Nov 2026" / "Sa., 21. Nov. 2026".
pub fn day_in_year(language: Language, d: Date) -> String {
    match language {
        Language::Pseudo => pseudo(&day_in_year(Language::English, d)),
        _ => format!("{} {}", day(language, d), d.year()),
    }
}

/// A moment on the local clock: "Thu 26 Nov, 09:00" / "Do., 26. Nov., 09:00".
pub fn moment(language: Language, local: &Zoned) -> String {
    let time = local.strftime("%H:%M");
    format!("{}, {time}", day(language, local.date()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(utc: &str) -> Zoned {
        utc.parse::<jiff::Timestamp>()
            .expect("instant")
            .in_tz("Europe/Berlin")
            .expect("zone")
    }

    #[test]
    fn a_dst_day_in_german_and_english() {
        // 29 March 2026, Berlin: clocks jump from 02:00 to 03:00.
        let before = at("2026-03-29T00:30:00Z");
        let after = at("2026-03-29T01:30:00Z");
        assert_eq!(moment(Language::English, &before), "Sun 29 Mar, 01:30");
        assert_eq!(moment(Language::English, &after), "Sun 29 Mar, 03:30");
        assert_eq!(moment(Language::German, &before), "So., 29. März, 01:30");
        assert_eq!(moment(Language::German, &after), "So., 29. März, 03:30");
        // 25 October 2026: 02:30 happens twice; both read 02:30, an hour apart.
        let first = at("2026-10-25T00:30:00Z");
        let second = at("2026-10-25T01:30:00Z");
        assert_eq!(moment(Language::German, &first), "So., 25. Okt., 02:30");
        assert_eq!(moment(Language::German, &second), moment(Language::German, &first));
        assert_eq!(moment(Language::English, &second), "Sun 25 Oct, 02:30");
    }

    #[test]
    fn every_weekday_and_month_in_both_languages() {
        let d = |m: i8, day: i8| Date::new(2026, m, day).expect("date");
        assert_eq!(day(Language::English, d(11, 26)), "Thu 26 Nov");
        assert_eq!(day(Language::German, d(11, 26)), "Do., 26. Nov.");
        assert_eq!(day(Language::German, d(9, 1)), "Di., 1. Sept.");
        assert_eq!(day(Language::German, d(5, 3)), "So., 3. Mai");
        assert_eq!(day(Language::English, d(1, 5)), "Mon 5 Jan");
        assert_eq!(day_in_year(Language::English, d(11, 21)), "Sat 21 Nov 2026");
        assert_eq!(day_in_year(Language::German, d(11, 21)), "Sa., 21. Nov. 2026");
        assert_eq!(day(Language::Pseudo, d(11, 26)), "Ţĥûû 26 Ñööṽ");
        let months = |l: Language| {
            (1..=12)
                .map(|m| day(l, d(m, 10)).rsplit(' ').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(months(Language::English), EN_MONTHS);
        assert_eq!(
            months(Language::German),
            ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
        );
        let weekdays = |l: Language| {
            (5..=11)
                .map(|n| day(l, d(1, n)).split(' ').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            weekdays(Language::English),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        );
        assert_eq!(
            weekdays(Language::German),
            ["Mo.,", "Di.,", "Mi.,", "Do.,", "Fr.,", "Sa.,", "So.,"]
        );
    }
}
