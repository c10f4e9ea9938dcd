//! Commands over the stored history (the same database the app uses).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare_core::checkin::trend;
use aftercare_core::redflag::assess_in;
use aftercare_core::settings::DEFAULT_GRACE_MINUTES;
use aftercare_core::time::parse_moment;
use aftercare_core::{CheckInDraft, Language, Settings, Zone};
use aftercare_i18n::say;
use aftercare_report::{PhotoPick, ReportRequest};
use aftercare_store::{NewTreatment, Store, TreatmentRecord};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;

use crate::args::{CheckinArgs, ReportArgs, SettingsArgs, TreatmentCommand};
use crate::render::when;
use crate::{emit_json, parse_checkin_at, parse_quiet, stdout_err, CliError};

pub async fn open(db: &Option<PathBuf>) -> Result<Store, CliError> {
    let path = match db {
        Some(p) => p.clone(),
        None => aftercare_store::default_path()?,
    };
    Ok(Store::open(&path).await?)
}

/// Health data leaves the app only in files the owner alone can read.
pub fn write_private(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), CliError> {
    Ok(aftercare_store::write_private(path, bytes)?)
}

fn read(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|source| CliError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Keeps the reminder ledger in line with the current case.
async fn replan(store: &Store) -> Result<Option<aftercare_store::PlanSync>, CliError> {
    let Some(case) = store.current_case().await? else {
        return Ok(None);
    };
    Ok(Some(store.sync_plan(case.id(), &case.plan()?).await?))
}

fn describe(t: &TreatmentRecord) -> String {
    let mut s = say(
        "cli-treatment",
        &[
            ("id", t.id.into()),
            ("when", when(&t.treatment.ended_local()).into()),
            ("zone", t.treatment.zone.to_string().into()),
        ],
    );
    if !t.area.is_empty() {
        s += &format!(", {}", t.area);
    }
    if !t.clinic.is_empty() {
        s += &format!(
            ", {}",
            say("cli-treatment-clinic", &[("clinic", t.clinic.as_str().into())])
        );
    }
    if let Some(n) = t.series_number {
        s += &format!(
            ", {}",
            say("cli-treatment-session", &[("session", u32::from(n).into())])
        );
    }
    s
}

pub async fn treatment(c: TreatmentCommand, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    match c {
        TreatmentCommand::Add {
            ended,
            tz,
            area,
            clinic,
            notes,
            series_number,
        } => {
            let zone = Zone::new(&tz)?;
            let new = NewTreatment {
                ended_at: parse_moment(&ended, &zone)?,
                zone: zone.clone(),
                area,
                clinic,
                notes,
                series_number,
                // Reminders that fell due before now are not "missed": the client wasn't here yet.
                reminders_from: Some(aftercare_store::reminders_from(
                    Timestamp::now(),
                    store
                        .settings()
                        .await?
                        .map_or(DEFAULT_GRACE_MINUTES, |s| s.grace_minutes),
                )),
            };
            let rec = store.add_treatment(&new).await?;
            if store.settings().await?.is_none() {
                store.save_settings(&Settings::new(zone)).await?;
            }
            let sync = replan(&store).await?;
            writeln!(
                out,
                "{}",
                say("cli-treatment-recorded", &[("treatment", describe(&rec).into())])
            )
            .map_err(stdout_err)?;
            if let Some(s) = sync {
                let planned = s.added + s.moved + s.unchanged;
                writeln!(out, "{}", say("cli-reminders-planned", &[("count", planned.into())])).map_err(stdout_err)?;
            }
        }
        TreatmentCommand::List { json } => {
            let all = store.treatments().await?;
            if json {
                emit_json(out, &all)?;
            } else if all.is_empty() {
                writeln!(out, "{}", say("cli-no-treatments", &[])).map_err(stdout_err)?;
            } else {
                for t in &all {
                    writeln!(out, "{}", describe(t)).map_err(stdout_err)?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn checkin(a: CheckinArgs, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    let case = match a.treatment {
        Some(id) => store.case_of(id).await?,
        None => store.required_case().await?,
    }
    .in_language(Language::current());
    let now = Timestamp::now();
    let today = case.today(now);
    let date = match &a.date {
        Some(d) => parse_date("date", d)?,
        None => today,
    };
    let draft = CheckInDraft {
        redness: a.redness,
        breakouts: a.breakouts,
        swelling: a.swelling,
        pain: a.pain,
        symptoms: a.symptoms.0,
        notes: a.notes,
    };
    let c = case.checkin(now, date, &draft)?;
    let existed = case.logged(date);
    let saved = store.save_checkin(&case, &c, now).await?;
    let day = case.treatment.day_of(date);
    let c = &saved.checkin;
    let logged = say(
        if existed {
            "cli-checkin-updated"
        } else {
            "cli-checkin-saved"
        },
        &[
            ("date", aftercare_i18n::dates::day(Language::current(), date).into()),
            ("day", day.into()),
            ("word", c.redness.word(Language::current()).into()),
            ("redness", u32::from(c.redness.score()).into()),
            ("spots", c.breakouts.into()),
            ("swelling", u32::from(c.swelling).into()),
            ("pain", u32::from(c.pain).into()),
        ],
    );
    writeln!(out, "{logged}").map_err(stdout_err)?;
    // What was logged decides whether check-in reminders go on and how windows end.
    replan(&store).await?;
    let case = case.with_saved(saved.checkin.clone());
    // The reasons in the terminal's language, as the frame around them (not the app's choice).
    let assessment = assess_in(&case.treatment, &case.history, Language::current());
    crate::render::assessment(out, &assessment, &case.settings_or_default()).map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct HistoryReport<'a> {
    treatment: &'a TreatmentRecord,
    checkins: Vec<aftercare_store::CheckInRecord>,
    trend: Vec<aftercare_core::checkin::TrendPoint>,
    assessment: aftercare_core::Assessment,
    /// Who to call and what comes first, when the assessment needs a call.
    escalation: Option<aftercare_core::escalation::Escalation>,
}

pub async fn history(json: bool, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    let case = store.required_case().await?.in_language(Language::current());
    let records = store.checkins(case.id()).await?;
    let history = &case.history;
    let settings = case.settings_or_default();
    let assessment = assess_in(&case.treatment, history, Language::current());
    let rec = &case.record;
    let report = HistoryReport {
        treatment: rec,
        trend: trend(&case.treatment, history),
        escalation: aftercare_core::escalation::escalate(
            &assessment,
            &settings.clinic(),
            &settings.emergency_number(),
            Language::current(),
        ),
        assessment,
        checkins: records,
    };
    if json {
        emit_json(out, &report)?;
    } else {
        writeln!(
            out,
            "{}",
            say("cli-treatment-heading", &[("treatment", describe(rec).into())])
        )
        .map_err(stdout_err)?;
        crate::render::history(out, history, &report.trend).map_err(stdout_err)?;
        crate::render::assessment(out, &report.assessment, &settings).map_err(stdout_err)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn settings(a: SettingsArgs, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    let current = store.settings().await?;
    let changing = a.tz.is_some()
        || a.checkin_at.is_some()
        || a.quiet.is_some()
        || a.clinic_name.is_some()
        || a.clinic_phone.is_some()
        || a.emergency_number.is_some()
        || a.grace_minutes.is_some()
        || a.series_length.is_some();
    let mut s = match (current, &a.tz) {
        (Some(s), _) => s,
        (None, Some(tz)) => Settings::new(Zone::new(tz)?),
        (None, None) if changing => return Err(aftercare_store::Error::NoSettings.into()),
        (None, None) => {
            writeln!(out, "{}", say("cli-no-settings", &[])).map_err(stdout_err)?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    if changing {
        if let Some(tz) = &a.tz {
            s.zone = Zone::new(tz)?;
        }
        if let Some(c) = &a.checkin_at {
            s.checkin_at = parse_checkin_at(c)?;
        }
        if let Some(q) = &a.quiet {
            s.quiet_hours = parse_quiet(q)?;
        }
        if let Some(n) = a.clinic_name {
            s.clinic_name = n;
        }
        if let Some(p) = a.clinic_phone {
            s.clinic_phone = p;
        }
        if let Some(n) = a.emergency_number {
            s.emergency_number = match n.trim() {
                "default" => None,
                n => Some(n.to_string()),
            };
        }
        if let Some(g) = a.grace_minutes {
            s.grace_minutes = g;
        }
        if let Some(n) = a.series_length {
            s.series_length = n;
        }
        store.save_settings(&s).await?;
        replan(&store).await?;
        writeln!(out, "{}", say("cli-settings-saved", &[])).map_err(stdout_err)?;
    }
    crate::render::settings(out, &s).map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn export(
    csv: Option<PathBuf>,
    json: Option<PathBuf>,
    db: &Option<PathBuf>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    if let Some(path) = csv {
        let rec = store
            .latest_treatment()
            .await?
            .ok_or(aftercare_store::Error::NoTreatments)?;
        let text = store.export_csv(rec.id).await?;
        write_private(&path, &text)?;
        let n = store.checkins(rec.id).await?.len();
        let wrote = say(
            "cli-csv-written",
            &[("checkins", n.into()), ("file", path.display().to_string().into())],
        );
        writeln!(out, "{wrote}").map_err(stdout_err)?;
    }
    if let Some(path) = json {
        let b = store.backup().await?;
        write_private(&path, b.to_json())?;
        let n: usize = b.treatments.iter().map(|t| t.checkins.len()).sum();
        let wrote = say(
            "cli-backed-up",
            &[
                ("treatments", b.treatments.len().into()),
                ("checkins", n.into()),
                ("file", path.display().to_string().into()),
            ],
        );
        writeln!(out, "{wrote}").map_err(stdout_err)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn import(file: &Path, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let text = read(file)?;
    let store = open(db).await?;
    let b = store.restore(&text).await.map_err(|e| match e {
        aftercare_store::Error::Backup(b) => CliError::Usage(say(
            "cli-backup-refused",
            &[
                ("file", file.display().to_string().into()),
                ("reason", b.to_string().into()),
            ],
        )),
        other => other.into(),
    })?;
    let n: usize = b.treatments.iter().map(|t| t.checkins.len()).sum();
    let restored = say(
        "cli-restored",
        &[
            ("treatments", b.treatments.len().into()),
            ("checkins", n.into()),
            ("file", file.display().to_string().into()),
        ],
    );
    writeln!(out, "{restored}").map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn load_protocol(file: &str, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let text = read(Path::new(file))?;
    let store = open(db).await?;
    let p = store.load_protocol(&text, file).await?;
    let using = say(
        "cli-protocol-loaded",
        &[
            ("id", p.protocol_id.as_str().into()),
            ("version", p.version.as_str().into()),
        ],
    );
    writeln!(out, "{using}").map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn use_builtin(db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    open(db).await?.use_builtin_protocol().await?;
    writeln!(out, "{}", say("cli-protocol-builtin", &[])).map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

/// A local date as the client typed it, or which option is wrong and how.
pub fn parse_date(field: &'static str, s: &str) -> Result<Date, aftercare_core::Error> {
    s.trim().parse().map_err(|_| aftercare_core::Error::Invalid {
        field,
        reason: say("cli-not-a-date", &[("typed", s.into())]),
    })
}

/// `--photos first,latest,2026-11-21` or `none`.
fn photo_picks(s: &str) -> Result<Vec<PhotoPick>, aftercare_core::Error> {
    if s.trim() == "none" {
        return Ok(Vec::new());
    }
    s.split(',')
        .map(|t| match t.trim() {
            "first" => Ok(PhotoPick::First),
            "latest" => Ok(PhotoPick::Latest),
            d => parse_date("photos", d)
                .map(PhotoPick::Day)
                .map_err(|_| aftercare_core::Error::Invalid {
                    field: "photos",
                    reason: say("cli-not-a-photo-pick", &[("typed", d.into())]),
                }),
        })
        .collect()
}

pub async fn report(a: ReportArgs, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let request = ReportRequest {
        from: a.from.as_deref().map(|d| parse_date("from", d)).transpose()?,
        to: a.to.as_deref().map(|d| parse_date("to", d)).transpose()?,
        notes: !a.no_notes,
        name: a.name,
        photos: photo_picks(&a.photos)?,
        // The report speaks the terminal's language, as the rest of the command line.
        language: Language::current(),
    };
    let store = open(db).await?;
    let (report, pdf) = aftercare_report::make(&store, &request, Timestamp::now())
        .await
        .map_err(|e| match e {
            aftercare_report::Error::Invalid { field, reason } => CliError::Usage(format!("--{field}: {reason}")),
            other => other.into(),
        })?;
    write_private(&a.out, &pdf)?;
    let wrote = say(
        "cli-report-written",
        &[
            ("days", report.days.len().into()),
            ("warnings", report.warnings.len().into()),
            ("photos", report.photos.len().into()),
            ("kib", pdf.len().div_ceil(1024).into()),
            ("file", a.out.display().to_string().into()),
        ],
    );
    writeln!(out, "{wrote}").map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}
