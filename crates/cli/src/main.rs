//! `aftercare`: the aftercare engine from a terminal.
//!
//! Exit codes: 0 success (and "yes" for `can`), 1 "not yet" for `can`, 2 bad input or
//! any other error, with one clear line on stderr.

mod args;
mod render;

use std::io::Write;
use std::process::ExitCode;

use aftercare_core::{can_i, ics, relocate, Protocol, ReminderPlan, Timeline, Verdict};
use clap::Parser;
use jiff::Timestamp;
use serde::Serialize;

use args::{Cli, Command, PlanArgs, TreatmentArgs};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] aftercare_core::Error),
    #[error(transparent)]
    Protocol(#[from] aftercare_core::ProtocolError),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{0}")]
    Usage(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("aftercare: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Plan(a) => plan(&a, &mut out),
        Command::Can {
            query,
            at,
            json,
            treatment,
        } => {
            let (proto, t) = treatment.load()?;
            let at = match at {
                Some(s) => aftercare_core::time::parse_moment(&s, &t.zone)?,
                None => treatment.now()?,
            };
            let answer = can_i(&proto, &t, &query, at)?;
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
        Command::Ics { out: path, plan } => {
            let (proto, t) = plan.treatment.load()?;
            let prefs = plan.preferences()?;
            let now = plan.treatment.now()?;
            let timeline = Timeline::build(&proto, &t, now)?;
            let reminders = ReminderPlan::build(&proto, &t, &prefs)?;
            let text = ics::calendar(&timeline, &reminders, Timestamp::now());
            match path.as_deref() {
                None | Some("-") => out.write_all(text.as_bytes()).map_err(stdout_err)?,
                Some(p) => std::fs::write(p, text).map_err(|source| CliError::Io {
                    path: p.to_string(),
                    source,
                })?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::CheckProtocol { file } => {
            let proto = args::read_protocol(&file)?;
            writeln!(
                out,
                "{file}: ok: \"{}\" version {}, {} rules, {} expected-course notes",
                proto.name,
                proto.version,
                proto.rules.len(),
                proto.expected.len()
            )
            .map_err(stdout_err)?;
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

fn plan(a: &PlanArgs, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let (proto, t) = a.treatment.load()?;
    let prefs = a.preferences()?;
    let now = a.treatment.now()?;
    let relocation = match &a.moved_to {
        Some(z) => Some(relocate(&proto, &t, &prefs, aftercare_core::Zone::new(z)?)?),
        None => None,
    };
    // After a move, the plan is the one for the new zone.
    let t = match &relocation {
        Some(r) => t.moved_to(aftercare_core::Zone::new(&r.to_zone)?),
        None => t,
    };
    let timeline = Timeline::build(&proto, &t, now)?;
    let reminders = ReminderPlan::build(&proto, &t, &prefs)?;
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
        render::plan(out, &proto, &timeline, &reminders, relocation.as_ref(), now).map_err(stdout_err)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn emit_json(out: &mut impl Write, v: &impl Serialize) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(|e| stdout_err(e.into()))?;
    writeln!(out).map_err(stdout_err)
}

fn stdout_err(source: std::io::Error) -> CliError {
    CliError::Io {
        path: "standard output".into(),
        source,
    }
}

impl TreatmentArgs {
    fn now(&self) -> Result<Timestamp, CliError> {
        let zone = aftercare_core::Zone::new(&self.tz)?;
        match &self.now {
            Some(s) => Ok(aftercare_core::time::parse_moment(s, &zone)?),
            None => Ok(Timestamp::now()),
        }
    }
}
