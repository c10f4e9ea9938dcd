//! The main window, made here rather than from `tauri.conf.json` (where it says
//! `"create": false`): on Linux, WebKitGTK is asked to paint the page on the CPU before the
//! app's first page starts to load.
//!
//! Why the CPU: the screens are a column of text, cards and form fields, nothing that
//! scrolls or animates in layers. Compositing on the GPU (through GL, Mesa's software
//! rasteriser where there is no GPU) costs the web process its GL context and layer tiles:
//! 129 against 78 MiB PSS at the first screen (issue 14, `make bench-startup`).
//!
//! Why before the first page: changing the setting on a page that is already loading
//! switches WebKit's compositing mode under it, and its web process then crashed when the
//! window was resized during that load (every e2e run at `E2E_SIZE=320x640`). So the window
//! opens, hidden, on `about:blank`, which loads at once and paints nothing, takes the
//! setting there, goes to the app, and only then shows itself. macOS, Windows and phones
//! open the app's page directly and paint as their webviews do (not built here).

use tauri::{Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

use crate::runtime::MAIN_WINDOW;

/// Opens the main window as `tauri.conf.json` describes it, at start or again after it was
/// closed to the tray.
pub fn open<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<WebviewWindow<R>> {
    let mut config = manager
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    config.create = true;
    #[cfg(target_os = "linux")]
    {
        let page = config.url.clone();
        config.url = WebviewUrl::External(tauri::Url::parse("about:blank").map_err(tauri::Error::InvalidUrl)?);
        // Shown once it has been sent to the app's page. Shown on `about:blank` before that,
        // the page stayed a background one to WebKit, which checked on its web process at 20,
        // 60, 140, 300 s… after start (gaps doubling; each a ping with a 90 s reply timer, on
        // GTK's main thread: 2 wake-ups in some of the first minutes with the window in plain
        // sight; issue 14, `make idle-wakeups`). Shown only once the page had committed, the
        // pings stopped too, but start-up became bimodal (241 or ~560-790 ms, `make
        // bench-startup`).
        let (shown, focus) = (config.visible, config.focus);
        config.visible = false;
        let window = WebviewWindowBuilder::from_config(manager, &config)?.build()?;
        let page = app_page(manager, &page)?;
        let painted = window
            .with_webview(|w| {
                use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
                if let Some(settings) = w.inner().settings() {
                    settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                }
            })
            .and_then(|()| window.navigate(page));
        let painted = painted.and_then(|()| if shown { window.show() } else { Ok(()) });
        if painted.is_ok() && shown && focus {
            // A window shown but not focused is still usable: no reason to fail the start.
            if let Err(e) = window.set_focus() {
                tracing::warn!(error = %e, "the main window could not take the focus");
            }
        }
        if let Err(e) = painted {
            // Not a blank window left behind for the next "Open" to show.
            let _ = window.destroy();
            return Err(e);
        }
        Ok(window)
    }
    #[cfg(not(target_os = "linux"))]
    {
        WebviewWindowBuilder::from_config(manager, &config)?.build()
    }
}

/// The app's page as Tauri serves it on Linux: the built UI at `tauri://localhost`, or a
/// development server if `build.devUrl` names one (none does today: `make run` serves the
/// built UI).
#[cfg(target_os = "linux")]
fn app_page<R: Runtime, M: Manager<R>>(manager: &M, page: &WebviewUrl) -> tauri::Result<tauri::Url> {
    let base = match manager.config().build.dev_url.clone() {
        Some(server) if cfg!(dev) => server,
        _ => tauri::Url::parse("tauri://localhost").map_err(tauri::Error::InvalidUrl)?,
    };
    match page {
        // As Tauri itself loads it: `index.html` is the base URL.
        WebviewUrl::App(path) if path.as_os_str() == "index.html" => Ok(base),
        WebviewUrl::App(path) => base.join(&path.to_string_lossy()).map_err(tauri::Error::InvalidUrl),
        WebviewUrl::External(url) | WebviewUrl::CustomProtocol(url) => Ok(url.clone()),
        _ => Ok(base),
    }
}
