//! What the report says, in the domain's words: built from the current case with the same
//! core rules the screens use (day numbers, the expected course, the warning signs), before
//! any layout.

use aftercare_core::checkin::{expected_redness, swelling_word, Symptom};
use aftercare_core::redflag::assess_in;
use aftercare_core::{CheckIn, Redness, Tier};
use aftercare_i18n::{say, Arg, Language};
use aftercare_store::{Case, PhotoRecord};
use jiff::civil::Date;
use jiff::Timestamp;

use crate::{Error, Result};

/// The longest name a client can put on the report.
pub const MAX_NAME_CHARS: usize = 80;

/// What the client chose to put in the report. Nothing else leaves the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRequest {
    /// First day covered (default: the treatment's day 1).
    pub from: Option<Date>,
    /// Last day covered (default: today).
    pub to: Option<Date>,
    /// Whether the client's notes go in.
    pub notes: bool,
    /// A name for the report, only if the client typed one.
    pub name: String,
    /// Which photos of the period go in (none when empty).
    pub photos: Vec<PhotoPick>,
    /// The language the report is written in (the client's, in the app and the terminal).
    pub language: Language,
}

/// A photo the client wants in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoPick {
    /// The period's first photo.
    First,
    /// The period's latest photo.
    Latest,
    /// The first photo of that day.
    Day(Date),
    /// That photo.
    Id(i64),
}

/// The most photos a report carries.
pub const MAX_PHOTOS: usize = 6;

impl Default for ReportRequest {
    fn default() -> Self {
        ReportRequest {
            from: None,
            to: None,
            notes: true,
            name: String::new(),
            photos: vec![PhotoPick::First, PhotoPick::Latest],
            language: Language::English,
        }
    }
}

/// A photo as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPhoto {
    pub id: i64,
    pub date: Date,
    pub day: i64,
    /// The redness logged that day, in words and number.
    pub redness: Option<Redness>,
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
}

/// The treatment as the report states it.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentFacts {
    /// "Thu 19 Nov 2026, 14:00 (Europe/Berlin)".
    pub ended: String,
    pub area: String,
    pub clinic: String,
    /// The clinic's number from the settings, if the client gave one.
    pub clinic_phone: Option<String>,
    /// "2 of 3", when the client said which session it was.
    pub session: Option<String>,
    /// "Built-in aftercare, version 1".
    pub protocol: String,
}

/// One logged day of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    pub date: Date,
    pub day: i64,
    pub redness: Redness,
    /// What the usual course (E1) leads one to expect that day, 0-4.
    pub expected: f32,
    pub breakouts: u32,
    pub swelling: String,
    pub pain: u8,
    pub symptoms: Vec<Symptom>,
    /// Empty when the client left notes out.
    pub notes: String,
}

/// A warning sign as the app raised it on a logged day, or on several logged days in a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The sign's stable code (core's `RedFlag::code`).
    pub code: &'static str,
    pub date: Date,
    pub day: i64,
    pub last_date: Date,
    pub last_day: i64,
    pub tier: Tier,
    pub reason: String,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub name: Option<String>,
    pub treatment: TreatmentFacts,
    pub from: Date,
    pub to: Date,
    /// Day numbers of `from` and `to`.
    pub first_day: i64,
    pub last_day: i64,
    /// Logged days in the period, oldest first.
    pub days: Vec<DayRow>,
    /// Highest tier first, then by day.
    pub warnings: Vec<Warning>,
    pub notes: bool,
    /// The photos chosen, oldest first.
    pub photos: Vec<ReportPhoto>,
    /// "Thu 26 Nov 2026, 10:00 (Europe/Berlin)".
    pub made: String,
    pub made_at: Timestamp,
    /// The language every word of the report is in.
    pub language: Language,
}

impl Report {
    /// The catalog's message `id` in the report's language.
    pub fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.language.text(id, args)
    }

    /// A date as the whole report writes it: "Thu 19 Nov 2026", "Do., 19. Nov. 2026".
    pub fn date(&self, d: Date) -> String {
        long_date(self.language, d)
    }
}

/// "Thu 19 Nov 2026": one date format for the whole report, in `language`.
pub fn long_date(language: Language, d: Date) -> String {
    aftercare_i18n::dates::day_in_year(language, d)
}

/// "Thu 19 Nov 2026, 14:00 (Europe/Berlin)".
fn moment(language: Language, local: &jiff::Zoned, zone: &impl std::fmt::Display) -> String {
    format!(
        "{}, {} ({zone})",
        long_date(language, local.date()),
        aftercare_i18n::dates::time(language, local.time())
    )
}

fn invalid(field: &'static str, reason: String) -> Error {
    Error::Invalid { field, reason }
}

/// Formatting marks that change how text around them reads without showing themselves:
/// direction overrides, zero-width characters, line and paragraph separators.
fn invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

impl ReportRequest {
    /// The period covered, checked against the treatment: from its first day (day 1, or an
    /// earlier date a check-in was logged on before the client moved east) to today at most.
    fn period(&self, start: Date, start_day: i64, today: Date) -> Result<(Date, Date)> {
        let from = self.from.unwrap_or(start);
        let to = self.to.unwrap_or(today);
        // Refusals are read where the client asked (the app, the terminal), in its language.
        let day = |d: Date| Arg::Text(aftercare_i18n::dates::day_in_year(Language::current(), d));
        let outside = |d: Date| {
            say(
                "report-outside",
                &[
                    ("date", day(d)),
                    ("first", day(start)),
                    ("day", start_day.into()),
                    ("today", day(today)),
                ],
            )
        };
        if from < start || from > today {
            return Err(invalid("from", outside(from)));
        }
        if to < start || to > today {
            return Err(invalid("to", outside(to)));
        }
        if from > to {
            return Err(invalid(
                "to",
                say("report-last-before-first", &[("last", day(to)), ("first", day(from))]),
            ));
        }
        Ok((from, to))
    }

    fn checked_name(&self) -> Result<Option<String>> {
        let name = self.name.trim();
        let n = name.chars().count();
        if n > MAX_NAME_CHARS {
            return Err(invalid(
                "name",
                say(
                    "report-name-long",
                    &[("max", MAX_NAME_CHARS.into()), ("count", n.into())],
                ),
            ));
        }
        if name.chars().any(|c| c.is_control() || invisible(c)) {
            return Err(invalid("name", say("report-name-marks", &[])));
        }
        Ok((!name.is_empty()).then(|| name.to_string()))
    }
}

impl Report {
    /// The report of the current case as of `now`.
    pub fn build(cx: &Case, request: &ReportRequest, now: Timestamp) -> Result<Report> {
        let name = request.checked_name()?;
        let language = request.language;
        let text = |id: &str, args: &[(&str, Arg)]| language.text(id, args);
        let t = &cx.treatment;
        let today = cx.today(now);
        let mut history: Vec<CheckIn> = cx.history.clone();
        history.sort_by_key(|c| c.date);
        // After a move east a check-in can sit on the date before day 1: it stays reachable.
        let start = history.first().map_or(t.day_one(), |c| c.date.min(t.day_one()));
        let (from, to) = request.period(start, t.day_of(start), today)?;
        let in_period = |c: &CheckIn| (from..=to).contains(&c.date);

        let days = history
            .iter()
            .filter(|c| in_period(c))
            .map(|c| {
                let day = t.day_of(c.date);
                DayRow {
                    date: c.date,
                    day,
                    redness: c.redness,
                    expected: expected_redness(day),
                    breakouts: c.breakouts,
                    swelling: swelling_word(c.swelling, language),
                    pain: c.pain,
                    symptoms: c.symptoms().collect(),
                    notes: if request.notes {
                        c.notes.trim().to_string()
                    } else {
                        String::new()
                    },
                }
            })
            .collect();

        // Each logged day read as the app read it that day: against the days before it only.
        // The same sign on consecutive dates is one entry ("days 8 to 11", in that last day's
        // words); the most serious come first, so none sits below a list of minor ones.
        let mut warnings: Vec<Warning> = Vec::new();
        for (i, c) in history.iter().enumerate() {
            if !in_period(c) {
                continue;
            }
            let day = t.day_of(c.date);
            for f in assess_in(t, &history[..=i], language).flags {
                let going_on = warnings
                    .iter_mut()
                    .find(|w| w.code == f.code && w.tier == f.tier && w.last_date.tomorrow().ok() == Some(c.date));
                match going_on {
                    Some(w) => {
                        w.last_date = c.date;
                        w.last_day = day;
                        w.reason = f.reason;
                    }
                    None => warnings.push(Warning {
                        code: f.code,
                        date: c.date,
                        day,
                        last_date: c.date,
                        last_day: day,
                        tier: f.tier,
                        reason: f.reason,
                    }),
                }
            }
        }
        warnings.sort_by(|a, b| b.tier.cmp(&a.tier).then(a.date.cmp(&b.date)));

        let settings = cx.settings_or_default();
        let not_given = || text("report-not-given", &[]);
        let clinic = [cx.record.clinic.trim(), settings.clinic_name.trim()]
            .into_iter()
            .find(|s| !s.is_empty())
            .map_or_else(not_given, str::to_string);
        let area = match cx.record.area.trim() {
            "" => not_given(),
            a => a.to_string(),
        };
        let session = cx.record.series_number.map(|n| {
            let total = settings.series_length.max(n);
            text(
                "report-session-of",
                &[("session", u32::from(n).into()), ("total", u32::from(total).into())],
            )
        });
        let mut ended_text = moment(language, &t.ended_local(), cx.zone());
        if cx.record.treatment.zone != *cx.zone() {
            // The clinic's records are in the zone where it happened.
            let there = moment(language, &cx.record.treatment.ended_local(), &cx.record.treatment.zone);
            ended_text.push_str(&text("report-at-the-clinic", &[("when", there.into())]));
        }
        let made = now.to_zoned(cx.zone().tz().clone());
        let protocol = cx.protocol.in_language(language);
        Ok(Report {
            name,
            treatment: TreatmentFacts {
                ended: ended_text,
                area,
                clinic,
                clinic_phone: Some(settings.clinic_phone.trim().to_string()).filter(|p| !p.is_empty()),
                session,
                protocol: text(
                    "report-protocol-version",
                    &[
                        ("name", protocol.name.as_str().into()),
                        ("version", protocol.version.as_str().into()),
                    ],
                ),
            },
            from,
            to,
            first_day: t.day_of(from),
            last_day: t.day_of(to),
            days,
            warnings,
            notes: request.notes,
            photos: Vec::new(),
            made_at: now,
            made: moment(language, &made, cx.zone()),
            language,
        })
    }
}

impl ReportRequest {
    /// The ids of the photos to put in, from the treatment's photos (oldest first): each pick
    /// resolved within the period, the same photo once, oldest first.
    pub fn photo_ids(&self, all: &[PhotoRecord], from: Date, to: Date) -> Result<Vec<i64>> {
        let in_period: Vec<&PhotoRecord> = all.iter().filter(|p| (from..=to).contains(&p.date)).collect();
        let mut chosen: Vec<&PhotoRecord> = Vec::new();
        for pick in &self.photos {
            let found =
                match pick {
                    PhotoPick::First => in_period.first().copied(),
                    PhotoPick::Latest => in_period.last().copied(),
                    PhotoPick::Day(d) => Some(in_period.iter().copied().find(|p| p.date == *d).ok_or_else(|| {
                        invalid(
                            "photos",
                            say(
                                "report-no-photo-that-day",
                                &[("date", long_date(Language::current(), *d).into())],
                            ),
                        )
                    })?),
                    PhotoPick::Id(id) => Some(in_period.iter().copied().find(|p| p.id == *id).ok_or_else(|| {
                        invalid("photos", say("report-photo-not-in-period", &[("id", (*id).into())]))
                    })?),
                };
            if let Some(p) = found {
                if !chosen.iter().any(|c| c.id == p.id) {
                    chosen.push(p);
                }
            }
        }
        if chosen.len() > MAX_PHOTOS {
            return Err(invalid(
                "photos",
                say(
                    "report-too-many-photos",
                    &[("max", MAX_PHOTOS.into()), ("count", chosen.len().into())],
                ),
            ));
        }
        chosen.sort_by_key(|p| (p.date, p.added_at, p.id));
        Ok(chosen.into_iter().map(|p| p.id).collect())
    }
}
