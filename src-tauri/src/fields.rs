//! The webview's own date and time fields (`<input type="date">`, `time`,
//! `datetime-local`) are WebKit's controls, and WebKitGTK words them in its preferred
//! languages, which default to the process's locale and ignore the page's `lang`. So the
//! shell asks them to follow the client's language in the device's region
//! (`Region::fields_locale`): a German client on an English desktop gets "14:30" and
//! "26.11.2026", not "2:30 PM" and "11/26/2026". macOS, Windows and phones (not built
//! here) word their pickers in the system's language and have no such setting.

use std::sync::{Arc, Mutex};

use tauri::{Runtime, WebviewWindow};

/// The locale WebKit's fields follow now. The setup (on the main thread, where
/// `with_webview` runs at once) sets the stored language's before the page can ask, so the
/// page's language command finds it here and its first screen waits for nothing.
#[derive(Clone, Default)]
pub struct Followed(Arc<Mutex<Option<String>>>);

impl Followed {
    fn is(&self, locale: &str) -> bool {
        self.0.lock().is_ok_and(|l| l.as_deref() == Some(locale))
    }

    fn set(&self, locale: String) {
        if let Ok(mut l) = self.0.lock() {
            *l = Some(locale);
        }
    }
}

/// Asks `webview`'s fields to follow `locale` ("de-DE", "en-AU") and waits until the main
/// thread has passed it to WebKit (at most two seconds: the first screen never waits longer).
/// Nothing to wait for when they already follow it.
pub async fn follow<R: Runtime>(webview: &WebviewWindow<R>, locale: String, followed: &Followed) {
    if followed.is(&locale) {
        return;
    }
    let (told, done) = tokio::sync::oneshot::channel();
    ask(webview, locale, followed, Some(told));
    if tokio::time::timeout(std::time::Duration::from_secs(2), done)
        .await
        .is_err()
    {
        tracing::warn!("the date fields' language was not set within two seconds");
    }
}

/// Asks without waiting: from the main thread (the setup) it is done on return, from
/// elsewhere once the main thread gets to it. `told` hears when it is done, or is dropped
/// if it can't be.
pub fn ask<R: Runtime>(
    webview: &WebviewWindow<R>,
    locale: String,
    followed: &Followed,
    told: Option<tokio::sync::oneshot::Sender<()>>,
) {
    #[cfg(target_os = "linux")]
    {
        let followed = followed.clone();
        let asked = webview.with_webview(move |w| {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = w.inner().context() {
                context.set_preferred_languages(&[locale.as_str()]);
                followed.set(locale);
            }
            if let Some(told) = told {
                let _ = told.send(());
            }
        });
        // A webview without a platform side (the tests' mock) drops the closure unrun.
        if let Err(e) = asked {
            tracing::warn!(error = %e, "the date fields' language could not be set");
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = webview;
        followed.set(locale);
        drop(told);
    }
}
