//! The series planner (S1-S4): when the next session may be, and what to watch out for.
//!
//! A series is 3 sessions by default (up to 12 for some, S2), at least 28 days apart and
//! best 4-6 weeks apart (S1); after it, one maintenance session every 3-6 months (S3).

use jiff::civil::Date;
use jiff::{Span, ToSpan};
use serde::{Deserialize, Serialize};

use crate::checkin::{CheckIn, Redness};
use crate::redflag::{Assessment, Tier};
use crate::Error;

pub const DEFAULT_SERIES_LENGTH: u8 = 3;
pub const MAX_SERIES_LENGTH: u8 = 12;
pub const MIN_GAP_DAYS: i64 = 28;
pub const BEST_GAP_DAYS: (i64, i64) = (28, 42);
pub const MAINTENANCE_MONTHS: (i64, i64) = (3, 6);
/// A session this close before a marked event can leave the skin red for it (S4).
pub const EVENT_MARGIN_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Needs make-up: a wedding, a party, photos.
    Makeup,
    Beach,
    Other,
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

/// Plans from the dates of the sessions done (any order).
pub fn plan(sessions: &[Date], length: u8) -> Result<SeriesPlan, Error> {
    if !(1..=MAX_SERIES_LENGTH).contains(&length) {
        return Err(Error::Invalid {
            field: "series_length",
            reason: format!("must be 1 to {MAX_SERIES_LENGTH} sessions, got {length}"),
        });
    }
    let mut sorted = sessions.to_vec();
    sorted.sort();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(Error::Invalid {
            field: "sessions",
            reason: "two sessions on the same date".into(),
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
            earliest: add(last, BEST_GAP_DAYS.0.days())?,
            latest: add(last, BEST_GAP_DAYS.1.days())?,
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
    /// Sooner than 28 days after the last session.
    TooSoon { earliest: Date },
    /// At least 28 days, but before the recommended (maintenance) window opens.
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
    SkinNotSettled { reason: String },
}

impl Warning {
    pub fn message(&self) -> String {
        match self {
            Warning::TooSoon { earliest } => {
                format!("Too soon: leave at least 4 weeks between sessions (from {earliest}).")
            }
            Warning::EarlierThanRecommended { earliest } => {
                format!("Earlier than recommended: the window opens on {earliest}.")
            }
            Warning::LaterThanRecommended { latest } => {
                format!("Later than the recommended window (by {latest}); that's fine, results may build more slowly.")
            }
            Warning::NearEvent { event, days_before, .. } => format!(
                "{days_before} day(s) before \"{event}\": your skin may still be red. Pick a date further ahead."
            ),
            Warning::SkinNotSettled { reason } => {
                format!("Your skin hasn't settled yet ({reason}). Wait, or ask your clinic.")
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
        if crate::time::days_between(last, date) < MIN_GAP_DAYS {
            out.push(Warning::TooSoon {
                earliest: add(last, MIN_GAP_DAYS.days()).unwrap_or(next.earliest),
            });
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
                reason: format!("redness was {} on {}", c.redness.label(), c.date),
            });
        }
    }
    if let Some(a) = assessment {
        if a.tier.is_some_and(|t| t >= Tier::CallClinic) {
            out.push(Warning::SkinNotSettled {
                reason: "a warning sign in your last check-in".into(),
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
        assert_eq!(n.earliest, date(2026, 12, 18));
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
            check_date(&p, date(2026, 12, 17), &[], None, None),
            vec![Warning::TooSoon {
                earliest: date(2026, 12, 18)
            }]
        );
        assert!(check_date(&p, date(2026, 12, 18), &[], None, None).is_empty());
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
        assert!(w[0].message().contains("Wedding"));
        assert_eq!(w[0].facts(), &["S4"]);
        // An event before the session, or more than a week after it, is no concern.
        assert!(check_date(&p, date(2026, 12, 25), std::slice::from_ref(&wedding), None, None).is_empty());
        assert!(check_date(
            &p,
            date(2026, 12, 18),
            &[MarkedEvent {
                date: date(2026, 12, 26),
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
