//! Start-up and the life of the window: the database, the reminder loop, the tray,
//! single instance and start at login.

use aftercare_i18n::say;
use std::path::PathBuf;
use std::time::Duration;

use aftercare_reminders::{Scheduler, SchedulerLock, SystemClock};
use aftercare_store::Store;
use tauri::{App, Emitter, Manager, Runtime};

use crate::error::{AppError, ErrorCode};
use crate::state::{AppNotifier, AppState, Delivery, Leaving};
#[cfg(desktop)]
use crate::views::OpenScreen;

pub const MAIN_WINDOW: &str = "main";
/// Emitted to the page when a notification's "Log today" is clicked: the page takes the
/// screen to show with `asked_screen`.
pub const OPEN_SCREEN: &str = "open-screen";
/// Emitted to the page when the reminder loop changed what the client should see
/// (delivered, missed, not shown, shown again after waiting): it reloads its views.
pub const REMINDERS_CHANGED: &str = "reminders-changed";
/// Emitted to the page when the client closes the window or quits while a form holds
/// unsaved input: the page asks whether to leave it (`answer_unsaved`).
pub const LEAVING_ASKED: &str = "leaving-asked";

/// Reminders and the tray start once the first screen is up (or after this long): they are
/// not needed to show it, and on a two-core machine they would compete with the page for it.
const BACKGROUND_START: Duration = Duration::from_secs(3);

/// Counts and errors only: nothing a client typed or logged is ever written to the log.
pub fn init_logging() {
    let _ = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_target(false)
        .with_writer(std::io::stderr)
        .try_init();
}

#[cfg(desktop)]
pub fn plugins<R: Runtime>(b: tauri::Builder<R>) -> tauri::Builder<R> {
    // Single instance first, so a second launch hands over before anything else starts
    // (Linux: `crate::instance`, before the builder).
    #[cfg(any(target_os = "macos", target_os = "windows"))]
    let b = b.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| show_main(app)));
    b.plugin(tauri_plugin_autostart::init(
        tauri_plugin_autostart::MacosLauncher::LaunchAgent,
        None,
    ))
}

#[cfg(mobile)]
pub fn plugins<R: Runtime>(b: tauri::Builder<R>) -> tauri::Builder<R> {
    b.plugin(tauri_plugin_notification::init())
}

/// Brings the window forward, opening it again if it was closed to the tray.
#[cfg(desktop)]
pub fn show_main<R: Runtime>(app: &tauri::AppHandle<R>) {
    show_screen(app, None);
}

/// As `show_main`, on `screen` if one is named. The screen is kept for the page to take
/// (`AppState::ask_screen`) and an open page is told (`OPEN_SCREEN`): a page still loading
/// takes it once it listens, a window opened again as it starts. On the main thread (at
/// once when called there), where windows are made and closed: a window the client is
/// closing is either still there to show or gone, never half-way.
#[cfg(desktop)]
pub fn show_screen<R: Runtime>(app: &tauri::AppHandle<R>, screen: Option<OpenScreen>) {
    if let (Some(screen), Some(state)) = (screen, app.try_state::<AppState>()) {
        state.ask_screen(screen);
    }
    let handle = app.clone();
    let shown = app.run_on_main_thread(move || {
        if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
            if w.show().is_ok() {
                let _ = w.unminimize();
                let _ = w.set_focus();
                if screen.is_some() {
                    let _ = handle.emit(OPEN_SCREEN, ());
                }
                return;
            }
            // Being destroyed: a new one takes its place.
            let _ = w.destroy();
        }
        // The webview's painting is set on the main thread before its page loads; it takes
        // the focus as it opens (`window::open`, as `tauri.conf.json` asks by default).
        if let Err(e) = crate::window::open(&handle) {
            tracing::error!(error = %e, "the window could not be opened again");
        }
    });
    if let Err(e) = shown {
        tracing::error!(error = %e, "the window could not be brought forward");
    }
}

/// `AFTERCARE_DB` if set (tests, several profiles), else the app-data folder, which the
/// `aftercare` command line uses too.
fn database_path<R: Runtime>(app: &App<R>) -> Result<PathBuf, AppError> {
    if let Some(p) = std::env::var_os("AFTERCARE_DB") {
        return Ok(PathBuf::from(p));
    }
    let dir = app
        .path()
        .app_data_dir()
        .map_err(|e| AppError::new(ErrorCode::Io, format!("There is no folder for the app's data: {e}")))?;
    Ok(dir.join("aftercare.db"))
}

fn export_dir<R: Runtime>(app: &App<R>, db: &std::path::Path) -> PathBuf {
    if let Some(p) = std::env::var_os("AFTERCARE_EXPORT_DIR") {
        return PathBuf::from(p);
    }
    app.path()
        .download_dir()
        .unwrap_or_else(|_| db.parent().map(|d| d.join("exports")).unwrap_or_default())
}

/// The database, opened on a worker while GTK and the webview start: set-up then only
/// collects it, so the window's first page is not held up by migrations.
pub struct EarlyStore {
    path: PathBuf,
    opening: tauri::async_runtime::JoinHandle<aftercare_store::Result<Store>>,
}

impl EarlyStore {
    /// Desktop only: there the app-data folder is the one the command line uses
    /// (`aftercare_store::default_path`), known before Tauri starts. Phones ask Tauri.
    pub fn start() -> Option<Self> {
        if cfg!(mobile) {
            return None;
        }
        let path = aftercare_store::default_path().ok()?;
        let at = path.clone();
        let opening = tauri::async_runtime::spawn(async move { Store::open(&at).await });
        Some(Self { path, opening })
    }
}

fn open_store<R: Runtime>(app: &App<R>, early: Option<EarlyStore>) -> Result<(PathBuf, Store), AppError> {
    let (db, opened) = match early {
        Some(e) => {
            let opened = tauri::async_runtime::block_on(e.opening);
            (
                e.path,
                opened
                    .map_err(|j| j.to_string())
                    .and_then(|r| r.map_err(|e| e.to_string())),
            )
        }
        None => {
            let db = database_path(app)?;
            let opened = tauri::async_runtime::block_on(Store::open(&db)).map_err(|e| e.to_string());
            (db, opened)
        }
    };
    let reason = match opened {
        Ok(store) => return Ok((db, store)),
        Err(reason) => reason,
    };
    Err(AppError::new(
        ErrorCode::Database,
        say(
            "error-start",
            &[("path", db.display().to_string().into()), ("reason", reason.into())],
        ),
    ))
}

/// Why the database could not be opened at start, once per process. The window opens all
/// the same and says so (`commands::start_failure`), because a client who started the app
/// from a menu would see nothing of a message on a terminal; nothing else runs.
pub static START_FAILURE: std::sync::OnceLock<AppError> = std::sync::OnceLock::new();

pub fn setup<R: Runtime>(app: &mut App<R>, early: Option<EarlyStore>) -> Result<(), AppError> {
    // The device's language until the client's own is read from the database; dates and
    // times as the device's region writes them (English: "9:00 PM" in the US).
    aftercare_core::Settings::language_of(None).make_current();
    aftercare_i18n::Region::of_system().make_current();
    let (db, store) = match open_store(app, early) {
        Ok(opened) => opened,
        Err(e) => {
            tracing::error!(code = ?e.code, "the database could not be opened");
            let _ = START_FAILURE.set(e);
            return Ok(());
        }
    };
    let (actions_tx, actions_rx) = tokio::sync::mpsc::unbounded_channel();
    let notifier = new_notifier(actions_tx);
    let scheduler = Scheduler::new(store, notifier, SystemClock);
    let mut state = AppState::new(scheduler, export_dir(app, &db));
    let settings = tauri::async_runtime::block_on(state.store().settings()).ok().flatten();
    if let Some(s) = &settings {
        state.set_keep_in_tray(s.keep_in_tray);
    }
    let language = aftercare_core::Settings::language_of(settings.as_ref());
    language.make_current();
    #[cfg(desktop)]
    {
        use tauri_plugin_autostart::ManagerExt;
        let handle = app.handle().clone();
        state.autostart = Some(Box::new(move |on| {
            let m = handle.autolaunch();
            if on { m.enable() } else { m.disable() }.map_err(|e| {
                AppError::new(
                    ErrorCode::Autostart,
                    say("error-autostart", &[("detail", e.to_string().into())]),
                )
            })
        }));
    }
    let followed = crate::fields::Followed::default();
    // The fields in the stored language from the start: the page's language command then
    // finds them so and its first screen doesn't wait on the main thread (`crate::fields`).
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        crate::fields::ask(
            &window,
            aftercare_i18n::Region::current().fields_locale(language),
            &followed,
            None,
        );
    }
    let handle = app.handle().clone();
    state.date_fields = Some(Box::new(move |locale| {
        let (handle, followed) = (handle.clone(), followed.clone());
        Box::pin(async move {
            if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
                crate::fields::follow(&window, locale, &followed).await;
            }
        })
    }));
    // The client chose to leave unsaved input (`answer_unsaved`).
    let handle = app.handle().clone();
    state.on_leave(Box::new(move |how| match how {
        Leaving::App => {
            handle.exit(0);
            Ok(())
        }
        Leaving::Window => match handle.get_webview_window(MAIN_WINDOW) {
            Some(w) => w.close().map_err(|e| e.to_string()),
            None => Ok(()),
        },
    }));
    app.manage(state);
    start_reminders(app, &db, actions_rx);
    #[cfg(desktop)]
    {
        let handle = app.handle().clone();
        let first_screen = app.state::<AppState>().first_screen.subscribe();
        tauri::async_runtime::spawn(async move {
            AppState::after_first_screen(first_screen, BACKGROUND_START).await;
            let h = handle.clone();
            let _ = handle.run_on_main_thread(move || {
                if let Err(e) = tray(&h) {
                    // Without a tray, closing the window must quit, or the app could not be reached.
                    tracing::warn!(error = %e, "no tray icon");
                    h.state::<AppState>().set_keep_in_tray(false);
                    h.manage(NoTray);
                    // Closed to the tray before it turned out there is none: nothing could open it again.
                    if h.get_webview_window(MAIN_WINDOW).is_none() {
                        h.exit(0);
                    }
                }
            });
        });
    }
    Ok(())
}

/// Marks that the tray icon could not be made.
struct NoTray;

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn new_notifier(actions: tokio::sync::mpsc::UnboundedSender<aftercare_reminders::Action>) -> AppNotifier {
    aftercare_reminders::DesktopNotifier::new(Some(actions))
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn new_notifier(_actions: tokio::sync::mpsc::UnboundedSender<aftercare_reminders::Action>) -> AppNotifier {
    AppNotifier::default()
}

/// Desktop: the in-process loop delivers, unless `aftercare daemon` already does.
#[cfg(desktop)]
fn start_reminders<R: Runtime>(
    app: &mut App<R>,
    db: &std::path::Path,
    actions: tokio::sync::mpsc::UnboundedReceiver<aftercare_reminders::Action>,
) {
    let state = app.state::<AppState>();
    match SchedulerLock::acquire(db, "the Aftercare Companion app") {
        Ok(lock) => {
            state.set_delivery(Delivery::ThisApp);
            let scheduler = state.scheduler.clone();
            let first_screen = state.first_screen.subscribe();
            let (stop, stop_rx) = tokio::sync::watch::channel(false);
            let mut changes = scheduler.changes();
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                while changes.changed().await.is_ok() {
                    let _ = handle.emit(REMINDERS_CHANGED, ());
                }
            });
            app.manage(Running {
                _lock: lock,
                _stop: stop,
            });
            let handle = app.handle().clone();
            let log_today = move || show_screen(&handle, Some(OpenScreen::Checkin));
            tauri::async_runtime::spawn(async move {
                AppState::after_first_screen(first_screen, BACKGROUND_START).await;
                if let Err(e) = aftercare_reminders::deliver(scheduler, actions, log_today, stop_rx).await {
                    tracing::error!(error = %e, "reminder loop stopped");
                }
            });
        }
        Err(e) => {
            // The daemon shows the notifications, so their actions reach it, not this window.
            tracing::info!("reminders delivered elsewhere");
            state.set_delivery(match e {
                aftercare_reminders::Error::Locked { holder, .. } => Delivery::Elsewhere { holder },
                other => Delivery::Failed {
                    detail: other.to_string(),
                },
            });
        }
    }
}

/// Phones: the OS delivers; the plan is handed to it again at every start.
#[cfg(mobile)]
fn start_reminders<R: Runtime>(
    app: &mut App<R>,
    _db: &std::path::Path,
    _actions: tokio::sync::mpsc::UnboundedReceiver<aftercare_reminders::Action>,
) {
    let state = app.state::<AppState>();
    state.set_delivery(Delivery::Phone);
    let scheduler = state.scheduler.clone();
    let os = crate::mobile::PluginSchedule::new(app.handle().clone());
    tauri::async_runtime::spawn(async move {
        if let Err(e) = scheduler.replan().await {
            tracing::error!(error = %e, "re-plan failed");
        }
        let now = jiff::Timestamp::now();
        if let Err(e) = aftercare_reminders::mobile::rearm(scheduler.store(), &os, now).await {
            tracing::error!(error = %e, "re-arming reminders failed");
        }
    });
}

/// Holds the scheduler lock and the loop's stop switch for the life of the app.
struct Running {
    _lock: SchedulerLock,
    _stop: tokio::sync::watch::Sender<bool>,
}

#[cfg(desktop)]
fn tray<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<()> {
    use tauri::menu::{Menu, MenuItem};
    use tauri::tray::TrayIconBuilder;
    // In the language of the client at start (the tray is made once).
    let open = MenuItem::with_id(app, "open", say("tray-open", &[]), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", say("tray-quit", &[]), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut b = TrayIconBuilder::with_id("main")
        .tooltip("Aftercare Companion")
        .menu(&menu)
        .on_menu_event(|app, e| match e.id().as_ref() {
            "open" => show_main(app),
            "quit" => quit_asking(app),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        b = b.icon(icon.clone());
    }
    b.build(app)?;
    Ok(())
}

/// Whether closing the window leaves the app running in the tray: the client wants it and
/// there is (or soon will be) a tray icon to come back through.
fn stays_in_tray<R: Runtime>(app: &tauri::AppHandle<R>) -> bool {
    app.try_state::<AppState>().is_some_and(|s| s.keep_in_tray()) && app.try_state::<NoTray>().is_none()
}

/// Closing the window while a form holds unsaved input (the page says so: `form_unsaved`)
/// asks the client first: the page shows the question (`LEAVING_ASKED`) and answers with
/// `answer_unsaved`. A second close while asked goes ahead. The window is never only hidden:
/// hidden, WebKit checks on its page from GTK's main thread every few minutes (issue 14).
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    let app = window.app_handle();
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    match event {
        tauri::WindowEvent::CloseRequested { api, .. } if state.ask_leaving(Leaving::Window) => {
            // Kept open only if the page was told: a close refused for good would trap the client.
            match app.emit(LEAVING_ASKED, ()) {
                Ok(()) => api.prevent_close(),
                Err(e) => {
                    state.page_gone();
                    tracing::warn!(error = %e, "the page could not be asked about its unsaved input; the window closes");
                }
            }
        }
        tauri::WindowEvent::Destroyed => state.page_gone(),
        _ => {}
    }
}

/// A page starts loading in the window (a reload, a new language): what the page before it
/// held unsaved, and a question it was asked, went with it.
pub fn on_page_load<R: Runtime>(webview: &tauri::Webview<R>, payload: &tauri::webview::PageLoadPayload<'_>) {
    if payload.event() == tauri::webview::PageLoadEvent::Started {
        if let Some(state) = webview.try_state::<AppState>() {
            state.page_gone();
        }
    }
}

/// The tray's "Quit": as closing the window, the client is asked first while a form holds
/// unsaved input (the window is shown for it).
#[cfg(desktop)]
fn quit_asking<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.try_state::<AppState>();
    if state.as_ref().is_some_and(|s| s.ask_leaving(Leaving::App)) {
        show_main(app);
        if app.emit(LEAVING_ASKED, ()).is_ok() {
            return;
        }
        if let Some(s) = state {
            s.page_gone();
        }
    }
    app.exit(0);
}

/// Closing the window keeps reminders running in the tray, if the client wants that. The
/// window goes, with its webview and WebKit's processes: hidden, WebKit would still wake
/// every few minutes to check on its page (issue 14's idle figures) and keep ~110 MiB. The
/// tray's "Open", a second launch or a notification's "Log today" opens it again.
pub fn on_run_event<R: Runtime>(app: &tauri::AppHandle<R>, event: tauri::RunEvent) {
    // `code` is None when the last window closed, Some when the app asked to quit (the tray's "Quit").
    match event {
        tauri::RunEvent::ExitRequested { code: None, api, .. } if stays_in_tray(app) => api.prevent_exit(),
        // The Dock icon clicked while the window is closed (macOS, not built here).
        #[cfg(target_os = "macos")]
        tauri::RunEvent::Reopen { .. } => show_main(app),
        _ => {}
    }
}
