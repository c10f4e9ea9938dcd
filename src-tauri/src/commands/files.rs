//! Exports, restore, loading a clinic protocol, and the first-screen signal.

use aftercare_core::{Settings, Timeline};
use aftercare_i18n::say;
use jiff::Timestamp;
use tauri::State;

use aftercare_report::{PhotoPick, ReportRequest};

use super::parse::date;
use super::settings::protocol_view;
use crate::error::{AppError, ErrorCode, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

fn export_path(state: &AppState, stem: &str, ext: &str) -> Result<std::path::PathBuf> {
    std::fs::create_dir_all(&state.export_dir).map_err(|e| {
        AppError::new(
            ErrorCode::Io,
            say(
                "error-export-folder",
                &[
                    ("folder", state.export_dir.display().to_string().into()),
                    (
                        "detail",
                        aftercare_i18n::os_reason(aftercare_i18n::Language::current(), &e).into(),
                    ),
                ],
            ),
        )
    })?;
    let stamp = Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
    Ok(state.export_dir.join(format!("{stem}-{stamp}.{ext}")))
}

fn write_export(state: &AppState, stem: &str, ext: &str, bytes: impl AsRef<[u8]>) -> Result<ExportedFile> {
    let path = export_path(state, stem, ext)?;
    let bytes = bytes.as_ref();
    aftercare_store::write_private(&path, bytes)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn export_backup(state: State<'_, AppState>) -> Result<ExportedFile> {
    let json = state.store().backup().await?.to_json();
    write_export(&state, "aftercare-backup", "json", &json)
}

#[tauri::command]
#[specta::specta]
pub async fn export_csv(state: State<'_, AppState>) -> Result<ExportedFile> {
    let store = state.store();
    let cx = store.required_case().await?;
    let csv = store.export_csv(cx.id()).await?;
    write_export(&state, "aftercare-checkins", "csv", &csv)
}

#[tauri::command]
#[specta::specta]
pub async fn export_calendar(state: State<'_, AppState>) -> Result<ExportedFile> {
    // In the client's language, as the reminders it repeats.
    let cx = state.store().required_case().await?;
    let now = Timestamp::now();
    let timeline = Timeline::build(&cx.protocol, &cx.treatment, now, cx.latest())?;
    let plan = cx.plan()?;
    let ics = aftercare_core::ics::calendar(&timeline, &plan, now, cx.language());
    write_export(&state, "aftercare-calendar", "ics", &ics)
}

/// The PDF report for the clinic, in the export folder; a refused choice writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn export_report(state: State<'_, AppState>, input: Input<ReportInput>) -> Result<ExportedFile> {
    let input = input.get()?;
    let optional = |s: &str, field| match s.trim() {
        "" => Ok(None),
        d => date(d, field).map(Some),
    };
    let request = ReportRequest {
        from: optional(&input.from, "from")?,
        to: optional(&input.to, "to")?,
        notes: input.notes,
        name: input.name,
        photos: input.photos.into_iter().map(PhotoPick::Id).collect(),
        // In the client's language, the one the app speaks (set from Settings).
        language: aftercare_i18n::Language::current(),
    };
    let (_, pdf) = aftercare_report::make(state.store(), &request, Timestamp::now()).await?;
    write_export(&state, "aftercare-report", "pdf", pdf)
}

/// Replaces everything with a backup file's content; a refused file changes nothing.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_, AppState>, text: Input<String>) -> Result<RestoreReport> {
    let text = text.named("backup")?;
    let b = state.store().restore(&text).await?;
    // The backup's settings may choose another language.
    Settings::language_of(state.store().settings().await?.as_ref()).make_current();
    state.replan().await?;
    let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    Ok(RestoreReport {
        treatments: n(b.treatments.len()),
        checkins: n(b.treatments.iter().map(|t| t.checkins.len()).sum()),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn load_protocol(
    state: State<'_, AppState>,
    text: Input<String>,
    file_name: Input<String>,
) -> Result<ProtocolView> {
    let text = text.named("protocol")?;
    let file_name = file_name.named("protocol")?;
    let name = match file_name.trim() {
        "" => "protocol.toml",
        n => n,
    };
    state.store().load_protocol(&text, name).await?;
    state.replan().await?;
    protocol_view(state.store()).await
}

#[tauri::command]
#[specta::specta]
pub async fn use_builtin_protocol(state: State<'_, AppState>) -> Result<ProtocolView> {
    state.store().use_builtin_protocol().await?;
    state.replan().await?;
    protocol_view(state.store()).await
}

/// Why the app could not start (its database would not open), in the device's language,
/// or nothing. The page asks when its first question finds no app behind it.
#[tauri::command]
#[specta::specta]
pub fn start_failure() -> Option<StartFailureView> {
    crate::runtime::START_FAILURE.get().map(|error| StartFailureView {
        language: aftercare_core::Settings::language_of(None).tag().into(),
        error: error.clone(),
    })
}

/// The screen a notification asked for, if the page hasn't shown it yet: the page asks
/// once it listens for `open-screen` and again at each such event, so a window still
/// loading when "Log today" was clicked opens on the check-in too.
#[tauri::command]
#[specta::specta]
pub fn asked_screen(state: State<'_, AppState>) -> Option<OpenScreen> {
    state.take_asked_screen()
}

/// Whether a form on the page holds input not yet saved: while one does, closing the
/// window or quitting asks the client first (`runtime::on_window_event`).
#[tauri::command]
#[specta::specta]
pub fn form_unsaved(state: State<'_, AppState>, unsaved: Input<bool>) -> Result<()> {
    state.set_form_unsaved(unsaved.named("unsaved")?);
    Ok(())
}

/// The client's answer to "leave without saving?": keep editing, or close the window (quit,
/// if that was what they did) and let the input go.
#[tauri::command]
#[specta::specta]
pub fn answer_unsaved(state: State<'_, AppState>, answer: Input<UnsavedAnswer>) -> Result<()> {
    match answer.named("answer")? {
        UnsavedAnswer::KeepEditing => {
            state.answer_leaving();
            Ok(())
        }
        UnsavedAnswer::Leave => state
            .leave()
            .map_err(|detail| AppError::new(ErrorCode::Io, say("error-window-close", &[("detail", detail.into())]))),
    }
}

/// The page shows its first screen with data. The start-up benchmark sets
/// `AFTERCARE_STARTUP_PROBE` and times the launch up to this line on stdout.
#[tauri::command]
#[specta::specta]
pub fn ready(state: State<'_, AppState>) {
    state.first_screen.send_replace(true);
    if std::env::var_os("AFTERCARE_STARTUP_PROBE").is_some() {
        println!("aftercare-ready");
    }
}
