//! `aftercare daemon` and `aftercare reminders`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use aftercare_reminders::{deliver, Scheduler, SchedulerLock, SystemClock};
use aftercare_store::LedgerState;

use aftercare_i18n::say;

use crate::{emit_json, stdout_err, stored, CliError};

fn db_path(db: &Option<PathBuf>) -> Result<PathBuf, CliError> {
    Ok(match db {
        Some(p) => p.clone(),
        None => aftercare_store::default_path()?,
    })
}

#[cfg(target_os = "linux")]
pub async fn run(db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    use aftercare_reminders::DesktopNotifier;
    // Counts and errors only: the scheduler never logs what a reminder says.
    let _ = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_target(false)
        .with_writer(std::io::stderr)
        .try_init();
    let path = db_path(db)?;
    let store = stored::open(&Some(path.clone())).await?;
    let _lock = SchedulerLock::acquire(&path, "aftercare daemon")?;
    let (action_tx, actions) = tokio::sync::mpsc::unbounded_channel();
    let scheduler = Arc::new(Scheduler::new(
        store,
        DesktopNotifier::new(Some(action_tx)),
        SystemClock,
    ));
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let delivering = say("cli-daemon-start", &[("file", path.display().to_string().into())]);
    writeln!(out, "{delivering}").map_err(stdout_err)?;
    out.flush().map_err(stdout_err)?;

    let mut term =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).map_err(|source| CliError::Io {
            path: say("cli-signal-handler", &[]),
            source,
        })?;
    let result = {
        // Without the window, the terminal is where a check-in is logged.
        let log_today = || eprintln!("{}", say("cli-daemon-log-today", &[]));
        let run = deliver(scheduler, actions, log_today, stop_rx);
        tokio::pin!(run);
        tokio::select! {
            r = &mut run => r,
            _ = tokio::signal::ctrl_c() => { let _ = stop.send(true); run.await }
            _ = term.recv() => { let _ = stop.send(true); run.await }
        }
    };
    result?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(target_os = "linux"))]
pub async fn run(_db: &Option<PathBuf>, _out: &mut impl Write) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(say("cli-daemon-linux-only", &[])))
}

pub async fn list(json: bool, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = stored::open(db).await?;
    let case = store.required_case().await?;
    let ledger = store.ledger(case.id()).await?;
    if json {
        emit_json(out, &ledger)?;
        return Ok(ExitCode::SUCCESS);
    }
    let zone = case.zone();
    let when = |t: jiff::Timestamp| aftercare_i18n::dates::moment(aftercare_core::Language::current(), &zone.local(t));
    for (label, states) in [
        ("cli-reminders-not-shown", &[LedgerState::NotShown][..]),
        ("reminder-state-planned", &[LedgerState::Planned][..]),
        ("reminder-state-snoozed", &[LedgerState::Snoozed][..]),
        ("reminder-state-missed", &[LedgerState::Missed][..]),
        ("cli-reminders-delivered", &[LedgerState::Delivered][..]),
    ] {
        let rows: Vec<_> = ledger.iter().filter(|e| states.contains(&e.state)).collect();
        if rows.is_empty() {
            continue;
        }
        writeln!(out, "{} ({})", say(label, &[]), rows.len()).map_err(stdout_err)?;
        for e in rows {
            let extra = match (e.state, e.snoozed_until) {
                (LedgerState::Snoozed, Some(u)) => format!(
                    " ({})",
                    say(
                        "cli-snoozed-until",
                        &[("until", when(u).into()), ("due", when(e.due_at).into())]
                    )
                ),
                (LedgerState::Missed, _) => format!(" ({})", say("cli-was-due", &[("due", when(e.due_at).into())])),
                (LedgerState::NotShown, _) => {
                    let desktop_said = match e.not_shown_reason.as_deref() {
                        Some(r) => r.to_string(),
                        None => say("cli-desktop-said-nothing", &[]),
                    };
                    format!(
                        " ({})",
                        say(
                            "cli-tried",
                            &[("tries", e.failed_shows.into()), ("reason", desktop_said.into())]
                        )
                    )
                }
                _ => String::new(),
            };
            // A reminder not shown yet is listed at the time it fell due, not its next try.
            let at = if e.state == LedgerState::NotShown {
                e.grace_from()
            } else {
                e.effective_due()
            };
            writeln!(out, "  {}  {}{extra}", when(at), e.title).map_err(stdout_err)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
