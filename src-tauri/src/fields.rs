//! The webview's own date and time fields (`<input type="date">`, `time`,
//! `datetime-local`) are WebKit's controls, and WebKitGTK words them in its preferred
//! languages, which default to the process's locale and ignore the page's `lang`. So the
//! page's language command asks them to follow the client's language in the device's
//! region (`Region::fields_locale`): a German client on an English desktop gets "14:30"
//! and "26.11.2026", not "2:30 PM" and "11/26/2026". macOS, Windows and phones (not built
//! here) word their pickers in the system's language and have no such setting.

use tauri::{Runtime, WebviewWindow};

/// Asks `webview`'s fields to follow `locale` ("de-DE", "en-AU") and waits until the main
/// thread has passed it to WebKit (at most two seconds: the first screen never waits longer).
pub async fn follow<R: Runtime>(webview: &WebviewWindow<R>, locale: String) {
    #[cfg(target_os = "linux")]
    {
        let (told, done) = tokio::sync::oneshot::channel();
        let asked = webview.with_webview(move |w| {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = w.inner().context() {
                context.set_preferred_languages(&[locale.as_str()]);
            }
            let _ = told.send(());
        });
        match asked {
            // A webview without a platform side (the tests' mock) drops the closure unrun.
            Ok(()) => {
                if tokio::time::timeout(std::time::Duration::from_secs(2), done)
                    .await
                    .is_err()
                {
                    tracing::warn!("the date fields' language was not set within two seconds");
                }
            }
            Err(e) => tracing::warn!(error = %e, "the date fields' language could not be set"),
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (webview, locale);
}
