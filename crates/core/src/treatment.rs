//! A treatment: the moment it ended and where the client lives.

use jiff::civil::Date;
use jiff::{Timestamp, Zoned};
use serde::{Deserialize, Serialize};

use crate::time::{days_between, Zone};

/// One finished treatment. The end instant is UTC; the zone is the client's current
/// IANA zone, which may change when they travel or move (see [`crate::relocate`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Treatment {
    pub ended_at: Timestamp,
    pub zone: Zone,
}

impl Treatment {
    pub fn new(ended_at: Timestamp, zone: Zone) -> Self {
        Self { ended_at, zone }
    }

    /// The end of the treatment on the client's clock.
    pub fn ended_local(&self) -> Zoned {
        self.zone.local(self.ended_at)
    }

    /// The local date of day 1.
    pub fn day_one(&self) -> Date {
        self.ended_local().date()
    }

    /// Day number of a local date: the treatment's date is day 1, the next day 2, …
    /// Dates before the treatment give 0 or less.
    pub fn day_of(&self, date: Date) -> i64 {
        days_between(self.day_one(), date) + 1
    }

    /// The local date of day `day` (1 = the treatment's date): the inverse of [`Self::day_of`].
    pub fn date_of_day(&self, day: u32) -> Option<Date> {
        use jiff::ToSpan;
        self.day_one().checked_add((i64::from(day) - 1).days()).ok()
    }

    /// The same treatment seen from another zone: the instant stays, the calendar moves.
    pub fn moved_to(&self, zone: Zone) -> Treatment {
        Treatment {
            ended_at: self.ended_at,
            zone,
        }
    }
}
