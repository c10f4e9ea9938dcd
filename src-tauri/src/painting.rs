//! How WebKitGTK paints the page. By default it composites on the GPU, through GL (Mesa's
//! software rasteriser where there is no GPU, as under Xvfb). The app's screens are a
//! column of text, cards and form fields, nothing that scrolls or animates in layers, so it
//! asks WebKit to paint on the CPU: the web process then needs no GL context and no layer
//! tiles: 78 MiB PSS instead of 129, 3 s after the first screen (`/proc/PID/smaps`; the
//! README has `make bench-startup`'s figures). macOS, Windows and phones paint as their
//! webviews do (not built here).

use tauri::{Runtime, WebviewWindow};

/// Turns GPU compositing off for `webview`. Called in the setup, on the main thread, while
/// the first page is still loading.
pub fn on_cpu<R: Runtime>(webview: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        let painted = webview.with_webview(|w| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = w.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(e) = painted {
            tracing::warn!(error = %e, "the page's painting could not be set");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = webview;
}
