//! Command-line arguments.

use aftercare_core::time::{parse_moment, parse_time_of_day};
use aftercare_core::{Preferences, Protocol, QuietHours, Treatment, Zone};
use clap::{Args, Parser, Subcommand};

use crate::CliError;

#[derive(Parser)]
#[command(name = "aftercare", version, about = "Your micro-needling aftercare: what to avoid, until when, and reminders.", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Print the aftercare timeline and reminder plan for a treatment.
    Plan(PlanArgs),
    /// "Can I …?" for a rule (gym, sun, …) or category (activity, heat-water, …).
    /// Exits 0 for yes, 1 for not yet.
    Can {
        /// A rule id, category or everyday word: gym, sauna, pool, sun, make-up, actives, exercise…
        query: String,
        /// The moment asked about (default: now).
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        treatment: TreatmentArgs,
    },
    /// Write the timeline and reminders as an iCalendar (.ics) file.
    Ics {
        /// Output file (default: standard output).
        #[arg(long, short)]
        out: Option<String>,
        #[command(flatten)]
        plan: PlanArgs,
    },
    /// Check a clinic's protocol file and report the first problem with its line.
    CheckProtocol { file: String },
    /// Print the built-in protocol (a starting point for a clinic's own file).
    ShowProtocol,
}

#[derive(Args)]
pub struct TreatmentArgs {
    /// When the treatment ended: local time in --tz (2026-11-20T14:00) or RFC 3339.
    #[arg(long)]
    pub treated: String,
    /// The client's IANA time zone, e.g. Europe/Berlin.
    #[arg(long)]
    pub tz: String,
    /// A clinic's protocol file (TOML) instead of the built-in one.
    #[arg(long)]
    pub protocol: Option<String>,
    /// Pretend it is this moment (default: the system clock).
    #[arg(long)]
    pub now: Option<String>,
}

#[derive(Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub treatment: TreatmentArgs,
    /// Daily check-in reminder time, HH:MM, or "off".
    #[arg(long, default_value = "20:00")]
    pub checkin_at: String,
    /// Quiet hours, HH:MM-HH:MM (e.g. 22:00-07:00): reminders wait until they end.
    #[arg(long)]
    pub quiet: Option<String>,
    /// Show what changes when the client moves to this zone (and plan for it).
    #[arg(long)]
    pub moved_to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn read_protocol(path: &str) -> Result<Protocol, CliError> {
    let src = std::fs::read_to_string(path).map_err(|source| CliError::Io {
        path: path.to_string(),
        source,
    })?;
    Ok(Protocol::from_toml(&src, path)?)
}

impl TreatmentArgs {
    pub fn load(&self) -> Result<(Protocol, Treatment), CliError> {
        let zone = Zone::new(&self.tz)?;
        let ended = parse_moment(&self.treated, &zone)?;
        let proto = match &self.protocol {
            Some(p) => read_protocol(p)?,
            None => Protocol::builtin().clone(),
        };
        Ok((proto, Treatment::new(ended, zone)))
    }
}

impl PlanArgs {
    pub fn preferences(&self) -> Result<Preferences, CliError> {
        let checkin_at = match self.checkin_at.trim() {
            "off" | "none" => None,
            s => Some(parse_time_of_day(s)?),
        };
        let quiet_hours = match &self.quiet {
            None => None,
            Some(q) => {
                let (a, b) = q.split_once('-').ok_or_else(|| {
                    CliError::Usage(format!("--quiet {q:?}: write it as HH:MM-HH:MM, like 22:00-07:00"))
                })?;
                Some(QuietHours::new(parse_time_of_day(a)?, parse_time_of_day(b)?)?)
            }
        };
        Ok(Preferences {
            checkin_at,
            quiet_hours,
        })
    }
}
