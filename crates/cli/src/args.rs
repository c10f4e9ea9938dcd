//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "aftercare", version, about = "Your micro-needling aftercare: what to avoid, until when, reminders, and a daily skin log.", long_about = None)]
pub struct Cli {
    /// The database file (default: $AFTERCARE_DB, else the app's data folder).
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Print the aftercare timeline and reminder plan (of the stored treatment unless --treated is given).
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
    /// Record or list treatments.
    #[command(subcommand)]
    Treatment(TreatmentCommand),
    /// Log how your skin is today (or on --date); saving a day again edits it.
    Checkin(CheckinArgs),
    /// Photos of the treated skin, kept with the check-in of their day.
    #[command(subcommand)]
    Photo(PhotoCommand),
    /// Your check-ins, the redness trend and any warning signs.
    History {
        #[arg(long)]
        json: bool,
    },
    /// Show or change your settings.
    Settings(SettingsArgs),
    /// Export check-ins as CSV, or everything as a JSON backup.
    Export {
        #[arg(long, required_unless_present = "json", value_name = "FILE")]
        csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
    },
    /// Write a PDF report for your clinic: the treatment, the warning signs, the redness
    /// against the usual course and the days you logged (current treatment).
    Report(ReportArgs),
    /// Restore everything from a JSON backup (replaces what is stored; checked first).
    Import { file: PathBuf },
    /// Check a clinic's protocol file and make it the one used for new treatments.
    LoadProtocol { file: String },
    /// Go back to the built-in protocol for new treatments.
    UseBuiltinProtocol,
    /// Deliver reminders as desktop notifications until stopped (Ctrl-C or SIGTERM).
    /// Only one may run per database: the app and a daemon never both deliver.
    Daemon,
    /// Reminders: upcoming, snoozed, delivered and missed (with their original due time).
    Reminders {
        #[arg(long)]
        json: bool,
    },
    /// Check a clinic's protocol file and report the first problem with its line.
    CheckProtocol { file: String },
    /// Print the built-in protocol (a starting point for a clinic's own file).
    ShowProtocol,
}

#[derive(Args)]
pub struct TreatmentArgs {
    /// When the treatment ended: local time in --tz (2026-11-20T14:00) or RFC 3339.
    /// Without it, the stored treatment is used.
    #[arg(long, requires = "tz")]
    pub treated: Option<String>,
    /// The client's IANA time zone, e.g. Europe/Berlin.
    #[arg(long)]
    pub tz: Option<String>,
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
    /// Daily check-in reminder time, HH:MM, or "off" (default: your setting, else 20:00).
    #[arg(long)]
    pub checkin_at: Option<String>,
    /// Quiet hours, HH:MM-HH:MM (e.g. 22:00-07:00): reminders wait until they end.
    #[arg(long)]
    pub quiet: Option<String>,
    /// Show what changes when the client moves to this zone (and plan for it).
    #[arg(long)]
    pub moved_to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand)]
pub enum TreatmentCommand {
    /// Record a treatment.
    Add {
        /// When it ended: local time in --tz or RFC 3339.
        #[arg(long)]
        ended: String,
        #[arg(long)]
        tz: String,
        /// Treated area, e.g. "face".
        #[arg(long, default_value = "")]
        area: String,
        #[arg(long, default_value = "")]
        clinic: String,
        #[arg(long, default_value = "")]
        notes: String,
        /// Which session of the series this was (1 = first).
        #[arg(long)]
        series_number: Option<u8>,
    },
    /// List recorded treatments.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct CheckinArgs {
    /// The local date (default: today in your zone).
    #[arg(long)]
    pub date: Option<String>,
    /// 0 none, 1 almost none, 2 mild, 3 moderate, 4 severe.
    #[arg(long, allow_hyphen_values = true)]
    pub redness: i64,
    /// Number of new spots.
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub breakouts: i64,
    /// 0 none to 3 marked.
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub swelling: i64,
    /// 0 no pain to 10 worst.
    #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
    pub pain: i64,
    #[arg(long)]
    pub warmth: bool,
    #[arg(long)]
    pub itching: bool,
    #[arg(long)]
    pub peeling: bool,
    #[arg(long)]
    pub bruising: bool,
    #[arg(long)]
    pub bleeding: bool,
    /// Pus or yellow crust.
    #[arg(long)]
    pub pus: bool,
    #[arg(long)]
    pub red_streaks: bool,
    /// Clustered blisters or tingling.
    #[arg(long)]
    pub blisters: bool,
    /// Fever or chills.
    #[arg(long)]
    pub fever: bool,
    /// Trouble breathing, with or without swelling of the face or throat (an emergency).
    #[arg(long)]
    pub breathing_trouble: bool,
    /// New dark patches on the treated skin.
    #[arg(long)]
    pub dark_patches: bool,
    #[arg(long, default_value = "")]
    pub notes: String,
    /// The treatment id (default: the latest).
    #[arg(long)]
    pub treatment: Option<i64>,
}

#[derive(Args)]
pub struct SettingsArgs {
    #[arg(long)]
    pub tz: Option<String>,
    /// HH:MM or "off".
    #[arg(long)]
    pub checkin_at: Option<String>,
    /// HH:MM-HH:MM or "off".
    #[arg(long)]
    pub quiet: Option<String>,
    #[arg(long)]
    pub clinic_name: Option<String>,
    #[arg(long)]
    pub clinic_phone: Option<String>,
    /// The emergency number to call (112, 911, 000 …), or "default" for your time zone's.
    #[arg(long)]
    pub emergency_number: Option<String>,
    /// Minutes a missed reminder is still worth delivering.
    #[arg(long)]
    pub grace_minutes: Option<u32>,
    /// Sessions in your series (1-12).
    #[arg(long)]
    pub series_length: Option<u8>,
}

#[derive(Args)]
pub struct ReportArgs {
    /// The PDF file to write.
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// First day covered, like 2026-11-21 (default: the treatment's day 1).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day covered (default: today).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Leave your notes out of the report.
    #[arg(long)]
    pub no_notes: bool,
    /// A name to put on the report (none unless you give one).
    #[arg(long, default_value = "")]
    pub name: String,
    /// Which photos go in: `first`, `latest` and dates, comma-separated, or `none`.
    #[arg(long, default_value = "first,latest", value_name = "PICKS")]
    pub photos: String,
}

#[derive(Subcommand)]
pub enum PhotoCommand {
    /// Add a photo (JPEG, PNG or WebP) to a logged day: turned upright, metadata (EXIF, GPS)
    /// dropped, scaled to at most 2048 px.
    Add {
        /// The day (default: today); its check-in must be saved first.
        #[arg(long)]
        date: Option<String>,
        file: PathBuf,
    },
    /// The photos of the current treatment, by day.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Write a day's photo as a JPEG file.
    Export {
        #[arg(long)]
        date: String,
        /// Which of the day's photos, from 1 (default: the first).
        #[arg(long, default_value_t = 1)]
        number: usize,
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
    },
    /// Delete a photo by the id `photo list` shows.
    Delete { id: i64 },
}
