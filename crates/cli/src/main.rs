//! `aftercare`: the aftercare engine and your stored history, from a terminal.
//!
//! Exit codes: 0 success (and "yes" for `can`), 1 "not yet" for `can`, 2 bad input or
//! any other error, with one clear line on stderr (a mistyped command line adds a pointer to
//! `--help`).

mod args;
mod daemon;
mod help;
mod photos;
mod render;
mod stored;

use std::io::Write;
use std::process::ExitCode;

use aftercare_core::time::{parse_moment, parse_time_of_day};
use aftercare_core::{
    can_i, ics, relocate, Language, Preferences, Protocol, QuietHours, ReminderPlan, Settings, Timeline, Treatment,
    Verdict, Zone,
};
use aftercare_i18n::say;
use clap::{CommandFactory, FromArgMatches};
use jiff::Timestamp;
use serde::Serialize;

use args::{Cli, Command, PlanArgs, ReminderArgs, TreatmentArgs};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] aftercare_core::Error),
    #[error(transparent)]
    Protocol(#[from] aftercare_core::ProtocolError),
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    #[error("{path}: {}", aftercare_i18n::os_reason(aftercare_i18n::Language::current(), source))]
    Io { path: String, source: std::io::Error },
    #[error(transparent)]
    Reminders(#[from] aftercare_reminders::Error),
    #[error(transparent)]
    Report(#[from] aftercare_report::Error),
    #[error("{0}")]
    Photo(#[from] aftercare_photos::Error),
    #[error("{0}")]
    Usage(String),
}

fn main() -> ExitCode {
    // The command line speaks the terminal's language, as command-line tools do; its
    // refusals too (core words them in the current language).
    let language = Language::of_system();
    language.make_current();
    // Dates and times as the terminal's region writes them ("9:00 PM" in the US).
    aftercare_i18n::Region::of_system().make_current();
    let cli = match help::localized(Cli::command(), language)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => help::exit_with(e, language),
    };
    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "aftercare: {}",
                say("cli-cant-start", &[("error", e.to_string().into())])
            );
            return ExitCode::from(2);
        }
    };
    match rt.block_on(run(cli)) {
        Ok(code) => code,
        // The reader went away (`aftercare history | head`): nothing left to say.
        Err(CliError::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            // A mistyped zone: name the one most likely meant, so the next try works.
            let meant = match &e {
                CliError::Core(aftercare_core::Error::UnknownZone(typed)) => aftercare_core::zones::closest(typed),
                _ => None,
            };
            match meant {
                Some(meant) => eprintln!("aftercare: {e}. {}", say("cli-did-you-mean", &[("name", meant.into())])),
                None => eprintln!("aftercare: {e}"),
            }
            ExitCode::from(2)
        }
    }
}

/// What a command works on: a treatment, its protocol, and the stored settings if any.
pub struct Context {
    pub protocol: std::sync::Arc<Protocol>,
    pub treatment: Treatment,
    pub settings: Option<Settings>,
    /// The stored treatment's check-ins (none for a treatment given on the command line).
    pub history: Vec<aftercare_core::CheckIn>,
}

async fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    let db = cli.db;
    match cli.command {
        Command::Plan(a) => plan(&a, &db, &mut out).await,
        Command::Can {
            query,
            at,
            json,
            treatment,
        } => {
            let ctx = treatment.context(&db).await?;
            let at = match at {
                Some(s) => parse_moment(&s, &ctx.treatment.zone)?,
                None => treatment.now(&ctx.treatment.zone)?,
            };
            let answer = can_i(
                &ctx.protocol,
                &ctx.treatment,
                &query,
                at,
                aftercare_core::checkin::latest(&ctx.history),
            )?;
            if json {
                emit_json(&mut out, &answer)?;
            } else {
                render::answer(&mut out, &answer).map_err(stdout_err)?;
            }
            Ok(if answer.verdict == Verdict::NotYet {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Ics {
            out: path,
            treatment,
            reminders,
        } => {
            let ctx = treatment.context(&db).await?;
            let prefs = reminders.preferences(ctx.settings.as_ref())?;
            let now = treatment.now(&ctx.treatment.zone)?;
            let latest = aftercare_core::checkin::latest(&ctx.history);
            let timeline = Timeline::build(&ctx.protocol, &ctx.treatment, now, latest)?;
            let reminders = ReminderPlan::build(&ctx.protocol, &ctx.treatment, &prefs, &ctx.history)?;
            let text = ics::calendar(&timeline, &reminders, Timestamp::now(), Language::current());
            match path.as_deref() {
                None | Some("-") => out.write_all(text.as_bytes()).map_err(stdout_err)?,
                Some(p) => stored::write_private(std::path::Path::new(p), &text)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Treatment(c) => stored::treatment(c, &db, &mut out).await,
        Command::Checkin(a) => stored::checkin(a, &db, &mut out).await,
        Command::Photo(c) => photos::run(c, &db, &mut out).await,
        Command::History { json } => stored::history(json, &db, &mut out).await,
        Command::Settings(a) => stored::settings(a, &db, &mut out).await,
        Command::Export { csv, json } => stored::export(csv, json, &db, &mut out).await,
        Command::Report(a) => stored::report(a, &db, &mut out).await,
        Command::Import { file } => stored::import(&file, &db, &mut out).await,
        Command::LoadProtocol { file } => stored::load_protocol(&file, &db, &mut out).await,
        Command::UseBuiltinProtocol => stored::use_builtin(&db, &mut out).await,
        Command::Daemon => daemon::run(&db, &mut out).await,
        Command::Reminders { json } => daemon::list(json, &db, &mut out).await,
        Command::CheckProtocol { file } => {
            let proto = read_protocol(&file)?;
            let proto = proto.in_language(Language::current());
            let checked = say(
                "cli-protocol-ok",
                &[
                    ("name", proto.name.as_str().into()),
                    ("version", proto.version.as_str().into()),
                    ("rules", proto.rules.len().into()),
                    ("notes", proto.expected.len().into()),
                ],
            );
            writeln!(out, "{file}: {checked}").map_err(stdout_err)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::ShowProtocol => {
            out.write_all(Protocol::builtin_source().as_bytes())
                .map_err(stdout_err)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What `plan --json` prints. The field names are a stable interface.
#[derive(Serialize)]
struct PlanReport<'a> {
    treatment: TreatmentReport,
    protocol: ProtocolReport<'a>,
    #[serde(with = "aftercare_core::time::rfc3339_serde")]
    now: jiff::Zoned,
    day: i64,
    entries: &'a [aftercare_core::timeline::Entry],
    expected_today: &'a [aftercare_core::protocol::ExpectedNote],
    reminders: &'a [aftercare_core::Reminder],
    #[serde(skip_serializing_if = "Option::is_none")]
    relocation: Option<aftercare_core::reminder::Relocation>,
}

#[derive(Serialize)]
struct TreatmentReport {
    #[serde(with = "aftercare_core::time::rfc3339_serde")]
    ended_at: jiff::Zoned,
    zone: String,
}

#[derive(Serialize)]
struct ProtocolReport<'a> {
    id: &'a str,
    version: &'a str,
    name: &'a str,
}

async fn plan(a: &PlanArgs, db: &Option<std::path::PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let ctx = a.treatment.context(db).await?;
    let prefs = a.reminders.preferences(ctx.settings.as_ref())?;
    let now = a.treatment.now(&ctx.treatment.zone)?;
    let proto = &ctx.protocol;
    let relocation = match &a.moved_to {
        Some(z) => Some(relocate(proto, &ctx.treatment, &prefs, &ctx.history, Zone::new(z)?)?),
        None => None,
    };
    // After a move, the plan is the one for the new zone.
    let t = match &relocation {
        Some(r) => ctx.treatment.moved_to(Zone::new(&r.to_zone)?),
        None => ctx.treatment.clone(),
    };
    let timeline = Timeline::build(proto, &t, now, aftercare_core::checkin::latest(&ctx.history))?;
    let reminders = ReminderPlan::build(proto, &t, &prefs, &ctx.history)?;
    if a.json {
        let report = PlanReport {
            treatment: TreatmentReport {
                ended_at: t.ended_local(),
                zone: t.zone.name().to_string(),
            },
            protocol: ProtocolReport {
                id: &proto.id,
                version: &proto.version,
                name: &proto.name,
            },
            now: timeline.now.clone(),
            day: timeline.day,
            entries: &timeline.entries,
            expected_today: &timeline.expected_today,
            reminders: &reminders.reminders,
            relocation,
        };
        emit_json(out, &report)?;
    } else {
        render::plan(out, proto, &timeline, &reminders, relocation.as_ref(), now).map_err(stdout_err)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn emit_json(out: &mut impl Write, v: &impl Serialize) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(|e| stdout_err(e.into()))?;
    writeln!(out).map_err(stdout_err)
}

pub fn stdout_err(source: std::io::Error) -> CliError {
    CliError::Io {
        path: say("cli-standard-output", &[]),
        source,
    }
}

pub fn read_protocol(path: &str) -> Result<Protocol, CliError> {
    let src = std::fs::read_to_string(path).map_err(|source| CliError::Io {
        path: path.to_string(),
        source,
    })?;
    Ok(Protocol::from_toml(&src, path)?)
}

/// `HH:MM-HH:MM` or `off`.
pub fn parse_quiet(q: &str) -> Result<Option<QuietHours>, CliError> {
    if matches!(q.trim(), "off" | "none") {
        return Ok(None);
    }
    let (a, b) = q
        .split_once('-')
        .ok_or_else(|| CliError::Usage(say("cli-quiet-form", &[("typed", q.into())])))?;
    Ok(Some(QuietHours::new(parse_time_of_day(a)?, parse_time_of_day(b)?)?))
}

/// `HH:MM` or `off`.
pub fn parse_checkin_at(s: &str) -> Result<Option<jiff::civil::Time>, CliError> {
    match s.trim() {
        "off" | "none" => Ok(None),
        t => Ok(Some(parse_time_of_day(t)?)),
    }
}

impl TreatmentArgs {
    pub fn now(&self, zone: &Zone) -> Result<Timestamp, CliError> {
        match &self.now {
            Some(s) => Ok(parse_moment(s, zone)?),
            None => Ok(Timestamp::now()),
        }
    }

    /// The treatment given on the command line, or else the stored one.
    pub async fn context(&self, db: &Option<std::path::PathBuf>) -> Result<Context, CliError> {
        let file_protocol = self
            .protocol
            .as_deref()
            .map(read_protocol)
            .transpose()?
            .map(|p| p.in_language(Language::current()));
        if let (Some(treated), Some(tz)) = (&self.treated, &self.tz) {
            let zone = Zone::new(tz)?;
            let ended = parse_moment(treated, &zone)?;
            let protocol = file_protocol.unwrap_or_else(|| Protocol::builtin().in_language(Language::current()));
            return Ok(Context {
                protocol: protocol.into(),
                treatment: Treatment::new(ended, zone),
                settings: None,
                history: Vec::new(),
            });
        }
        let case = stored::open(db)
            .await?
            .required_case()
            .await?
            .in_language(Language::current());
        let protocol = match file_protocol {
            Some(p) => p.into(),
            None => case.protocol,
        };
        // What if the client were somewhere else (`--tz`)?
        let treatment = match &self.tz {
            Some(tz) => case.treatment.moved_to(Zone::new(tz)?),
            None => case.treatment,
        };
        Ok(Context {
            protocol,
            treatment,
            settings: case.settings,
            history: case.history,
        })
    }
}

impl ReminderArgs {
    pub fn preferences(&self, settings: Option<&Settings>) -> Result<Preferences, CliError> {
        let base = settings.map(Settings::preferences).unwrap_or_default();
        let checkin_at = match &self.checkin_at {
            Some(s) => parse_checkin_at(s)?,
            None => base.checkin_at,
        };
        let quiet_hours = match &self.quiet {
            Some(q) => parse_quiet(q)?,
            None => base.quiet_hours,
        };
        Ok(Preferences {
            checkin_at,
            quiet_hours,
        })
    }
}
