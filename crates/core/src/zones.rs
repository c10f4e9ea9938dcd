//! The zones a client picks from, and the closest name to one mistyped.
//!
//! A person picks "Berlin, Germany (UTC+01:00)", not "Europe/Berlin": each choice carries the
//! city, the country (an ISO 3166 code the UI names in the client's language) and the offset
//! at a given moment. The list is tzdata's zone.tab (one zone per populated place), committed
//! as `zones.tab` by `scripts/zone-table.sh` so a phone never needs the system's copy.

use jiff::Timestamp;

use crate::time::Zone;

const TABLE: &str = include_str!("zones.tab");

/// One zone a client can pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneChoice {
    /// The IANA name, what is stored: "Europe/Berlin".
    pub name: String,
    /// "Berlin", "Buenos Aires".
    pub city: String,
    /// ISO 3166 alpha-2 ("DE"); empty for UTC.
    pub country: &'static str,
    /// The country's English name from tzdata ("Germany"), for where the UI can't name it.
    pub country_name: &'static str,
    /// The offset from UTC at the moment asked for, in minutes (DST included).
    pub offset_minutes: i32,
}

impl ZoneChoice {
    /// "UTC+01:00", "UTC−03:30", "UTC+00:00": the same in every language.
    pub fn offset_label(&self) -> String {
        let m = self.offset_minutes;
        let sign = if m < 0 { '\u{2212}' } else { '+' };
        format!("UTC{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
    }
}

/// The city a zone is named after: its last part, with spaces.
pub fn city_of(name: &str) -> String {
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

/// Every zone a client can pick, with its offset at `at`, by city. Zones the time zone
/// database of this device lacks are left out, so every choice is one `Zone::new` accepts.
pub fn choices(at: Timestamp) -> Vec<ZoneChoice> {
    let mut all: Vec<ZoneChoice> = TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?, cols.next().unwrap_or("")))
        })
        .chain(std::iter::once(("", "UTC", "")))
        .filter_map(|(country, name, country_name)| {
            let zone = Zone::new(name).ok()?;
            Some(ZoneChoice {
                name: name.to_string(),
                city: city_of(name),
                country,
                country_name,
                offset_minutes: zone.tz().to_offset(at).seconds() / 60,
            })
        })
        .collect();
    all.sort_by(|a, b| a.city.cmp(&b.city).then_with(|| a.name.cmp(&b.name)));
    all
}

/// The zone name a mistyped one most likely meant ("europe/berln" → "Europe/Berlin",
/// "new york" → "America/New_York"), among every name the database knows; `None` when
/// nothing is close enough to be a typo.
pub fn closest(typed: &str) -> Option<String> {
    let wanted = normal(typed);
    if wanted.is_empty() {
        return None;
    }
    let names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    let mut best: Option<(usize, &String)> = None;
    for name in &names {
        let whole = distance(&wanted, &normal(name));
        let city = distance(&wanted, &normal(&city_of(name)));
        let d = whole.min(city);
        // Canonical names first on a tie: "Asia/Kolkata" over the old "Asia/Calcutta".
        let better = match best {
            None => true,
            Some((bd, bn)) => d < bd || d == bd && TABLE.contains(name.as_str()) && !TABLE.contains(bn.as_str()),
        };
        if better {
            best = Some((d, name));
        }
    }
    // A typo changes a few letters, not half the word.
    let limit = (wanted.chars().count() / 3).clamp(1, 3);
    best.filter(|(d, _)| *d <= limit).map(|(_, n)| n.clone())
}

fn normal(s: &str) -> String {
    s.trim().to_lowercase().replace([' ', '-'], "_")
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn every_choice_is_a_zone_with_its_country_and_offset_at_the_moment() {
        let winter = choices(at("2026-01-15T12:00:00Z"));
        let summer = choices(at("2026-07-15T12:00:00Z"));
        assert!(winter.len() > 300, "{}", winter.len());
        let berlin = |l: &[ZoneChoice]| l.iter().find(|c| c.name == "Europe/Berlin").cloned().expect("Berlin");
        assert_eq!(
            (berlin(&winter).country, berlin(&winter).country_name),
            ("DE", "Germany")
        );
        assert_eq!(berlin(&winter).city, "Berlin");
        assert_eq!(berlin(&winter).offset_label(), "UTC+01:00");
        assert_eq!(berlin(&summer).offset_label(), "UTC+02:00");
        let st_johns = winter.iter().find(|c| c.name == "America/St_Johns").expect("St Johns");
        assert_eq!(
            (st_johns.city.as_str(), st_johns.offset_label()),
            ("St Johns", "UTC\u{2212}03:30".into())
        );
        assert!(winter.iter().any(|c| c.name == "UTC" && c.offset_minutes == 0));
        for c in &winter {
            Zone::new(&c.name).unwrap_or_else(|e| panic!("{}: {e}", c.name));
        }
        let cities: Vec<&str> = winter.iter().map(|c| c.city.as_str()).collect();
        assert!(cities.windows(2).all(|w| w[0] <= w[1]), "sorted by city");
    }

    #[test]
    fn a_typo_finds_the_zone_meant_and_nonsense_finds_none() {
        for (typed, meant) in [
            ("Europe/Berln", "Europe/Berlin"),
            ("europe/berlin", "Europe/Berlin"),
            ("Berlin", "Europe/Berlin"),
            ("new york", "America/New_York"),
            ("America/NewYork", "America/New_York"),
            ("Asia/Kolkatta", "Asia/Kolkata"),
            ("Sao Paulo", "America/Sao_Paulo"),
        ] {
            assert_eq!(closest(typed).as_deref(), Some(meant), "{typed}");
        }
        for typed in ["", "   ", "xyzzy-plugh", "Mars/Olympus_Mons"] {
            assert_eq!(closest(typed), None, "{typed}");
        }
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("berlin", "berlin"), 0);
        assert_eq!(distance("berln", "berlin"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
