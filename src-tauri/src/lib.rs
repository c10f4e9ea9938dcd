//! Aftercare Companion's window: a thin Tauri shell. The engine (`aftercare-core`) decides,
//! the store keeps, the reminder runtime delivers; this crate only translates.

pub mod commands;
mod convert;
pub mod error;
mod fields;
mod input;
#[cfg(target_os = "linux")]
mod instance;
#[cfg(mobile)]
mod mobile;
mod runtime;
pub mod state;
#[cfg(target_os = "linux")]
pub mod theme;
pub mod views;
mod window;

use tauri::Runtime;
use tauri_specta::{collect_commands, Builder};

pub use commands::DATE_HEADER;
pub use state::AppState;

/// The app's commands, for the invoke handler and for the generated TypeScript.
pub fn commands<R: Runtime>() -> Builder<R> {
    use commands::*;
    Builder::<R>::new()
        // The check-in's yes/no signs and their words come from core's one list; trouble
        // breathing has a box of its own on the form (it is an emergency).
        .typ::<aftercare_core::checkin::Symptom>()
        .constant("SYMPTOMS", views::symptom_boxes())
        // A blank form's signs, so the page's form has every field core declares.
        .constant("NO_SYMPTOMS", aftercare_core::Symptoms::default())
        .commands(collect_commands![
            setup_defaults,
            set_up,
            today,
            start_failure,
            can_i,
            timeline,
            save_checkin,
            checkin_for,
            trend,
            sessions,
            check_session_date,
            add_event,
            remove_event,
            save_screening,
            screening_result,
            reminders,
            snooze_reminder,
            finish_reminder,
            skip_reminder,
            language,
            settings,
            save_settings,
            export_backup,
            export_csv,
            export_calendar,
            export_report,
            add_photo,
            photos,
            photo,
            delete_photo,
            restore_backup,
            load_protocol,
            use_builtin_protocol,
            ready,
            asked_screen,
            form_unsaved,
            answer_unsaved,
        ])
        // Ids and counts stay far below 2^53, so plain numbers are exact.
        .dangerously_cast_bigints_to_number()
        // One TypeScript name per view: inputs and outputs are distinct types already.
        .disable_serde_phases()
}

/// Where the generated bindings live, relative to the workspace root.
pub const BINDINGS: &str = "ui/src/lib/bindings.ts";

/// The TypeScript the UI imports, generated from the command signatures and views.
pub fn bindings_source() -> Result<String, error::AppError> {
    let io = |e: &dyn std::fmt::Display| error::AppError::new(error::ErrorCode::Io, e.to_string());
    let dir = tempfile_dir().map_err(|e| io(&e))?;
    let path = dir.join("bindings.ts");
    commands::<tauri::Wry>()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated from src-tauri by `cargo run -p aftercare-app --example bindings`. Do not edit."),
            &path,
        )
        .map_err(|e| io(&e))?;
    let text = std::fs::read_to_string(&path).map_err(|e| io(&e))?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

fn tempfile_dir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("aftercare-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    runtime::init_logging();
    // A second launch hands over to the first before anything else starts.
    #[cfg(target_os = "linux")]
    let instance = match aftercare_store::default_path().map(|db| instance::claim(&db)) {
        Ok(Ok(instance::Instance::Handed)) => {
            eprintln!("Aftercare Companion is already running: its window is brought forward.");
            return;
        }
        Ok(Ok(instance::Instance::First(listener))) => Some(listener),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "running without the single-instance check");
            None
        }
        Err(e) => {
            tracing::warn!(error = %e, "running without the single-instance check");
            None
        }
    };
    // Before the builder: the database opens while GTK and WebKit start.
    let early = runtime::EarlyStore::start();
    let specta = commands::<tauri::Wry>();
    let builder = runtime::plugins(tauri::Builder::default());
    let result = builder
        .invoke_handler(specta.invoke_handler())
        .on_window_event(runtime::on_window_event)
        .on_page_load(runtime::on_page_load)
        .setup(move |app| {
            window::open(app.handle())?;
            #[cfg(target_os = "linux")]
            {
                theme::start(app.handle().clone());
                if let Some(listener) = instance {
                    instance::serve(listener, app.handle().clone());
                }
            }
            runtime::setup(app, early).map_err(Into::into)
        })
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(runtime::on_run_event),
        Err(e) => {
            eprintln!("Aftercare Companion could not start: {e}");
            std::process::exit(1);
        }
    }
}
