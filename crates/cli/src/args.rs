//! Command-line arguments: their shape. Their words (about, help) are in the catalog,
//! in the terminal's language (`help.rs`).

use std::path::PathBuf;

use aftercare_core::{Symptom, Symptoms};
use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "aftercare", version)]
pub struct Cli {
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    Plan(PlanArgs),
    Can {
        query: String,
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        treatment: TreatmentArgs,
    },
    Ics {
        #[arg(long, short)]
        out: Option<String>,
        #[command(flatten)]
        treatment: TreatmentArgs,
        #[command(flatten)]
        reminders: ReminderArgs,
    },
    #[command(subcommand)]
    Treatment(TreatmentCommand),
    Checkin(CheckinArgs),
    #[command(subcommand)]
    Photo(PhotoCommand),
    History {
        #[arg(long)]
        json: bool,
    },
    Settings(SettingsArgs),
    Export {
        #[arg(long, required_unless_present = "json", value_name = "FILE")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
    },
    Report(ReportArgs),
    Import {
        file: PathBuf,
    },
    LoadProtocol {
        file: String,
    },
    UseBuiltinProtocol,
    Daemon,
    Reminders {
        #[arg(long)]
        json: bool,
    },
    CheckProtocol {
        file: String,
    },
    ShowProtocol,
}

#[derive(Args)]
pub struct TreatmentArgs {
    #[arg(long, requires = "tz")]
    pub treated: Option<String>,
    #[arg(long)]
    pub tz: Option<String>,
    #[arg(long)]
    pub protocol: Option<String>,
    #[arg(long)]
    pub now: Option<String>,
}

#[derive(Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub treatment: TreatmentArgs,
    #[command(flatten)]
    pub reminders: ReminderArgs,
    #[arg(long)]
    pub moved_to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// When reminders may come, for a plan or a calendar.
#[derive(Args)]
pub struct ReminderArgs {
    #[arg(long)]
    pub checkin_at: Option<String>,
    #[arg(long)]
    pub quiet: Option<String>,
}

#[derive(Subcommand)]
pub enum TreatmentCommand {
    Add {
        #[arg(long)]
        ended: String,
        #[arg(long)]
        tz: String,
        #[arg(long, default_value = "")]
        area: String,
        #[arg(long, default_value = "")]
        clinic: String,
        #[arg(long, default_value = "")]
        notes: String,
        #[arg(long)]
        series_number: Option<u8>,
    },
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct CheckinArgs {
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub redness: i64,
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub breakouts: i64,
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub swelling: i64,
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub pain: i64,
    #[command(flatten)]
    pub symptoms: SymptomFlags,
    #[arg(long, default_value = "")]
    pub notes: String,
    #[arg(long)]
    pub treatment: Option<i64>,
}

#[derive(Args)]
pub struct SettingsArgs {
    #[arg(long)]
    pub tz: Option<String>,
    #[arg(long)]
    pub checkin_at: Option<String>,
    #[arg(long)]
    pub quiet: Option<String>,
    #[arg(long)]
    pub clinic_name: Option<String>,
    #[arg(long)]
    pub clinic_phone: Option<String>,
    #[arg(long)]
    pub emergency_number: Option<String>,
    #[arg(long)]
    pub grace_minutes: Option<u32>,
    #[arg(long)]
    pub series_length: Option<u8>,
}

#[derive(Args)]
pub struct ReportArgs {
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long)]
    pub no_notes: bool,
    #[arg(long, default_value = "")]
    pub name: String,
    #[arg(long, default_value = "first,latest", value_name = "PICKS")]
    pub photos: String,
}

#[derive(Subcommand)]
pub enum PhotoCommand {
    Add {
        #[arg(long)]
        date: Option<String>,
        file: PathBuf,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Export {
        #[arg(long)]
        date: String,
        #[arg(long, default_value_t = 1)]
        number: usize,
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
    },
    Delete {
        id: i64,
    },
}

/// The check-in's yes/no signs as switches (`--warmth`, `--red-streaks`, …), one per
/// [`Symptom`] in core's order: a new sign is a new switch without an edit here.
pub struct SymptomFlags(pub Symptoms);

impl FromArgMatches for SymptomFlags {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(SymptomFlags(
            Symptom::ALL.into_iter().filter(|s| m.get_flag(s.field())).collect(),
        ))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = SymptomFlags::from_arg_matches(m)?;
        Ok(())
    }
}

impl Args for SymptomFlags {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        Symptom::ALL.into_iter().fold(cmd, |cmd, s| {
            cmd.arg(Arg::new(s.field()).long(s.flag()).action(ArgAction::SetTrue))
        })
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        SymptomFlags::augment_args(cmd)
    }
}
