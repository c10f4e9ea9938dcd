//! The series planner (S1-S4): when the next session may be, and what to watch out for.
//!
//! A series is 3 sessions by default (up to 12 for some, S2), at least a calendar month apart
//! (20 Nov → 20 Dec) and best within 6 weeks (S1); after it, one maintenance session every
//! 3-6 months (S3). The planner and the date check use the same [`at_least_a_month_after`].

use jiff::civil::Date;
use jiff::{Span, ToSpan};
use serde::{Deserialize, Serialize};

use crate::checkin::{CheckIn, Redness};
use crate::redflag::{Assessment, Tier};
use crate::Error;
use aftercare_i18n::{Arg, Language};

pub const DEFAULT_SERIES_LENGTH: u8 = 3;
pub const MAX_SERIES_LENGTH: u8 = 12;
/// The end of the best window after a series session (S1: 4-6 weeks apart).
pub const BEST_GAP_MAX_DAYS: i64 = 42;
pub const MAINTENANCE_MONTHS: (i64, i64) = (3, 6);
/// A session this close before a marked event can leave the skin red for it (S4).
pub const EVENT_MARGIN_DAYS: i64 = 7;

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Needs make-up: a wedding, a party, photos.
    Makeup,
    Beach,
    Other,
}

impl EventKind {
    /// The kind of event the client picked (`makeup`, `beach` or `other`).
    pub fn parse(s: &str) -> Result<EventKind, crate::Error> {
        match s {
            "makeup" => Ok(EventKind::Makeup),
            "beach" => Ok(EventKind::Beach),
            "other" => Ok(EventKind::Other),
            other => Err(crate::Error::Invalid {
                field: "kind",
                reason: aftercare_i18n::say("invalid-event-kind", &[("kind", other.into())]),
            }),
        }
    }
}

/// A date the client marked as important.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkedEvent {
    pub date: Date,
    pub kind: EventKind,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "phase")]
pub enum Phase {
    /// Before the first session.
    NotStarted,
    /// Session `number` of `of` comes next.
    Series {
        number: u8,
        of: u8,
    },
    Maintenance,
}

impl Phase {
    /// How the Sessions screen names the session this phase leads to.
    pub fn label(self, language: Language) -> String {
        match self {
            Phase::Series { number, of } => language.text(
                "series-session-of",
                &[
                    ("number", Arg::Number(f64::from(number))),
                    ("of", Arg::Number(f64::from(of))),
                ],
            ),
            Phase::Maintenance => language.text("series-maintenance-session", &[]),
            Phase::NotStarted => language.text("series-first-session", &[]),
        }
    }
}

/// What keeps the results once a series of `length` sessions is done.
pub fn maintenance_note(length: u8, language: Language) -> String {
    language.text(
        "series-maintenance-note",
        &[
            ("length", Arg::Number(f64::from(length))),
            ("from", Arg::Number(MAINTENANCE_MONTHS.0 as f64)),
            ("to", Arg::Number(MAINTENANCE_MONTHS.1 as f64)),
        ],
    )
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextSession {
    pub phase: Phase,
    /// Nothing sooner than this.
    pub earliest: Date,
    /// Best booked by this date.
    pub latest: Date,
    pub facts: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeriesPlan {
    pub sessions_done: usize,
    pub length: u8,
    pub last_session: Option<Date>,
    /// `None` before the first session: book it whenever screening allows.
    pub next: Option<NextSession>,
}

fn add(d: Date, s: Span) -> Result<Date, Error> {
    d.checked_add(s).map_err(|_| Error::OutOfRange("date"))
}

/// The first date a month after `last` (S1: "at least a month"): the same day of the next
/// month, or, when that month is shorter (31 Jan), the first day after its end (1 Mar), so
/// the gap is never less than a month.
pub fn at_least_a_month_after(last: Date) -> Result<Date, Error> {
    let same_day = add(last, 1.month())?;
    if same_day.day() < last.day() {
        add(same_day, 1.day())
    } else {
        Ok(same_day)
    }
}

/// Notes for planning the next session, shown before a date is picked: catalog ids and the
/// facts each rests on.
pub const PLANNING_NOTES: &[(&str, &[&str])] = &[
    ("series-note-gap", &["S1"]),
    ("series-note-maintenance", &["S3"]),
    ("series-note-more", &["S2"]),
    ("series-note-events", &["S4"]),
    ("series-note-roller", &["R2"]),
];

/// The planning notes in `language`, with their facts.
pub fn planning_notes(language: Language) -> Vec<(String, &'static [&'static str])> {
    PLANNING_NOTES
        .iter()
        .map(|(id, facts)| (language.text(id, &[]), *facts))
        .collect()
}

/// Plans from the dates of the sessions done (any order).
pub fn plan(sessions: &[Date], length: u8) -> Result<SeriesPlan, Error> {
    if !(1..=MAX_SERIES_LENGTH).contains(&length) {
        return Err(Error::Invalid {
            field: "series_length",
            reason: aftercare_i18n::say(
                "invalid-series-length",
                &[
                    ("max", u32::from(MAX_SERIES_LENGTH).into()),
                    ("value", u32::from(length).into()),
                ],
            ),
        });
    }
    let mut sorted = sessions.to_vec();
    sorted.sort();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(Error::Invalid {
            field: "sessions",
            reason: aftercare_i18n::say("invalid-sessions-same-date", &[]),
        });
    }
    let Some(&last) = sorted.last() else {
        return Ok(SeriesPlan {
            sessions_done: 0,
            length,
            last_session: None,
            next: None,
        });
    };
    let done = sorted.len();
    let next = if done < usize::from(length) {
        NextSession {
            phase: Phase::Series {
                number: (done + 1) as u8,
                of: length,
            },
            earliest: at_least_a_month_after(last)?,
            latest: add(last, BEST_GAP_MAX_DAYS.days())?,
            facts: if length > DEFAULT_SERIES_LENGTH {
                vec!["S1", "S2"]
            } else {
                vec!["S1"]
            },
        }
    } else {
        NextSession {
            phase: Phase::Maintenance,
            earliest: add(last, MAINTENANCE_MONTHS.0.months())?,
            latest: add(last, MAINTENANCE_MONTHS.1.months())?,
            facts: vec!["S3"],
        }
    };
    Ok(SeriesPlan {
        sessions_done: done,
        length,
        last_session: Some(last),
        next: Some(next),
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Warning {
    /// Sooner than a month after the last session.
    TooSoon { earliest: Date },
    /// At least a month, but before the recommended (maintenance) window opens.
    EarlierThanRecommended { earliest: Date },
    /// Later than the recommended window; fine, but the series loses momentum.
    LaterThanRecommended { latest: Date },
    /// A marked event falls within a week after the date.
    NearEvent {
        event: String,
        event_date: Date,
        days_before: i64,
    },
    /// The last check-in says the skin has not settled yet.
    SkinNotSettled { reason: Unsettled },
}

/// Why the skin has not settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "why")]
pub enum Unsettled {
    /// The last check-in's redness was mild or more.
    Redness { redness: Redness, date: Date },
    /// The last check-in raised a warning sign.
    WarningSign,
}

impl Warning {
    pub fn message(&self, language: Language) -> String {
        let day = |d: &Date| Arg::Text(aftercare_i18n::dates::day(language, *d));
        match self {
            Warning::TooSoon { earliest } => language.text("series-too-soon", &[("date", day(earliest))]),
            Warning::EarlierThanRecommended { earliest } => language.text("series-earlier", &[("date", day(earliest))]),
            Warning::LaterThanRecommended { latest } => language.text("series-later", &[("date", day(latest))]),
            Warning::NearEvent { event, days_before, .. } => language.text(
                "series-near-event",
                &[
                    ("event", Arg::Text(event.clone())),
                    ("days", Arg::Number(*days_before as f64)),
                ],
            ),
            Warning::SkinNotSettled { reason } => {
                let why = match reason {
                    Unsettled::Redness { redness, date } => language.text(
                        "series-unsettled-redness",
                        &[("redness", Arg::Text(redness.word(language))), ("date", day(date))],
                    ),
                    Unsettled::WarningSign => language.text("series-unsettled-warning", &[]),
                };
                language.text("series-unsettled", &[("why", Arg::Text(why))])
            }
        }
    }

    pub fn facts(&self) -> &'static [&'static str] {
        match self {
            Warning::TooSoon { .. } | Warning::LaterThanRecommended { .. } => &["S1"],
            Warning::EarlierThanRecommended { .. } => &["S3"],
            Warning::NearEvent { .. } => &["S4"],
            Warning::SkinNotSettled { .. } => &["E1", "R3"],
        }
    }
}

/// What to watch out for if the next session is booked on `date`.
pub fn check_date(
    plan: &SeriesPlan,
    date: Date,
    events: &[MarkedEvent],
    last_checkin: Option<&CheckIn>,
    assessment: Option<&Assessment>,
) -> Vec<Warning> {
    let mut out = Vec::new();
    if let (Some(next), Some(last)) = (&plan.next, plan.last_session) {
        let month_after = at_least_a_month_after(last).unwrap_or(next.earliest);
        if date < month_after {
            out.push(Warning::TooSoon { earliest: month_after });
        } else if date < next.earliest {
            out.push(Warning::EarlierThanRecommended {
                earliest: next.earliest,
            });
        } else if date > next.latest {
            out.push(Warning::LaterThanRecommended { latest: next.latest });
        }
    }
    for e in events {
        let days_before = crate::time::days_between(date, e.date);
        if (0..=EVENT_MARGIN_DAYS).contains(&days_before) {
            out.push(Warning::NearEvent {
                event: e.label.clone(),
                event_date: e.date,
                days_before,
            });
        }
    }
    if let Some(c) = last_checkin {
        if c.redness >= Redness::Mild {
            out.push(Warning::SkinNotSettled {
                reason: Unsettled::Redness {
                    redness: c.redness,
                    date: c.date,
                },
            });
        }
    }
    if let Some(a) = assessment {
        if a.tier.is_some_and(|t| t >= Tier::CallClinic) {
            out.push(Warning::SkinNotSettled {
                reason: Unsettled::WarningSign,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::CheckInDraft;
    use jiff::civil::date;

    #[test]
    fn a_month_is_a_calendar_month_and_the_planner_and_the_date_check_agree() {
        for (last, first_ok) in [
            (date(2026, 11, 20), date(2026, 12, 20)),
            (date(2026, 2, 1), date(2026, 3, 1)),
            (date(2026, 1, 31), date(2026, 3, 1)),
            (date(2028, 1, 30), date(2028, 3, 1)),
            (date(2026, 12, 31), date(2027, 1, 31)),
        ] {
            assert_eq!(at_least_a_month_after(last).expect("date"), first_ok, "{last}");
            let p = plan(&[last], 3).expect("plan");
            assert_eq!(p.next.as_ref().expect("next").earliest, first_ok);
            let day_before = first_ok.yesterday().expect("date");
            assert!(matches!(
                check_date(&p, day_before, &[], None, None)[..],
                [Warning::TooSoon { earliest }] if earliest == first_ok
            ));
            assert!(!check_date(&p, first_ok, &[], None, None)
                .iter()
                .any(|w| matches!(w, Warning::TooSoon { .. })));
        }
    }

    #[test]
    fn no_sessions_no_window() {
        let p = plan(&[], 3).expect("plan");
        assert_eq!(p.next, None);
        assert_eq!(p.sessions_done, 0);
    }

    #[test]
    fn series_window_is_four_to_six_weeks() {
        let p = plan(&[date(2026, 11, 20)], 3).expect("plan");
        let n = p.next.expect("next");
        assert_eq!(n.phase, Phase::Series { number: 2, of: 3 });
        assert_eq!(n.earliest, date(2026, 12, 20));
        assert_eq!(n.latest, date(2027, 1, 1));
        assert_eq!(n.facts, vec!["S1"]);
    }

    #[test]
    fn after_the_series_comes_maintenance() {
        let p = plan(&[date(2026, 9, 1), date(2026, 10, 6), date(2026, 11, 20)], 3).expect("plan");
        let n = p.next.expect("next");
        assert_eq!(n.phase, Phase::Maintenance);
        assert_eq!((n.earliest, n.latest), (date(2027, 2, 20), date(2027, 5, 20)));
        // Month arithmetic clamps to the month's last day.
        let p = plan(&[date(2026, 11, 30)], 1).expect("plan");
        assert_eq!(p.next.expect("next").earliest, date(2027, 2, 28));
    }

    #[test]
    fn longer_series_cite_s2_and_lengths_are_bounded() {
        let p = plan(&[date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5)], 6).expect("plan");
        let n = p.next.expect("next");
        assert_eq!(n.phase, Phase::Series { number: 4, of: 6 });
        assert_eq!(n.facts, vec!["S1", "S2"]);
        assert!(matches!(
            plan(&[], 0),
            Err(Error::Invalid {
                field: "series_length",
                ..
            })
        ));
        assert!(matches!(
            plan(&[], 13),
            Err(Error::Invalid {
                field: "series_length",
                ..
            })
        ));
        assert!(plan(&[], 12).is_ok());
        assert!(matches!(
            plan(&[date(2026, 1, 5), date(2026, 1, 5)], 3),
            Err(Error::Invalid { field: "sessions", .. })
        ));
    }

    #[test]
    fn warnings_for_a_proposed_date() {
        let p = plan(&[date(2026, 11, 20)], 3).expect("plan");
        assert_eq!(
            check_date(&p, date(2026, 12, 19), &[], None, None),
            vec![Warning::TooSoon {
                earliest: date(2026, 12, 20)
            }]
        );
        assert!(check_date(&p, date(2026, 12, 20), &[], None, None).is_empty());
        assert!(matches!(
            check_date(&p, date(2027, 1, 10), &[], None, None)[..],
            [Warning::LaterThanRecommended { .. }]
        ));

        let wedding = MarkedEvent {
            date: date(2026, 12, 24),
            kind: EventKind::Makeup,
            label: "Wedding".into(),
        };
        let w = check_date(&p, date(2026, 12, 20), std::slice::from_ref(&wedding), None, None);
        assert_eq!(
            w,
            vec![Warning::NearEvent {
                event: "Wedding".into(),
                event_date: date(2026, 12, 24),
                days_before: 4
            }]
        );
        assert!(w[0].message(Language::English).contains("Wedding"));
        assert!(w[0].message(Language::German).contains("„Wedding“"));
        assert_eq!(w[0].facts(), &["S4"]);
        // An event before the session, or more than a week after it, is no concern.
        assert!(check_date(&p, date(2026, 12, 25), std::slice::from_ref(&wedding), None, None).is_empty());
        assert!(check_date(
            &p,
            date(2026, 12, 20),
            &[MarkedEvent {
                date: date(2026, 12, 28),
                ..wedding.clone()
            }],
            None,
            None
        )
        .is_empty());

        let m = plan(&[date(2026, 9, 1), date(2026, 10, 6), date(2026, 11, 20)], 3).expect("plan");
        assert!(matches!(
            check_date(&m, date(2027, 1, 5), &[], None, None)[..],
            [Warning::EarlierThanRecommended { .. }]
        ));
        assert!(matches!(
            check_date(&m, date(2026, 12, 1), &[], None, None)[..],
            [Warning::TooSoon { .. }]
        ));

        let red = CheckIn::new(
            date(2026, 12, 15),
            &CheckInDraft {
                redness: 2,
                ..Default::default()
            },
        )
        .expect("c");
        assert!(matches!(
            check_date(&p, date(2026, 12, 20), &[], Some(&red), None)[..],
            [Warning::SkinNotSettled { .. }]
        ));
    }
}
