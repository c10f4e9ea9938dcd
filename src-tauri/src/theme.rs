//! Light or dark as the desktop prefers (the XDG desktop portal's `color-scheme`), also
//! when the client switches while the app runs. tao can do this itself (Tauri's `dbus`
//! feature), but its listener thread wakes every five seconds for as long as the app runs
//! (12 of the app's idle wake-ups a minute, issue 14); this one sleeps until the portal
//! speaks.

use futures_lite::StreamExt;
use tauri::Theme;
use zbus::{Connection, Proxy, Variant};

pub const PORTAL: &str = "org.freedesktop.portal.Desktop";
pub const PATH: &str = "/org/freedesktop/portal/desktop";
const SETTINGS: &str = "org.freedesktop.portal.Settings";
pub const APPEARANCE: &str = "org.freedesktop.appearance";
pub const COLOR_SCHEME: &str = "color-scheme";

/// The portal's values: 1 prefers dark, 2 prefers light, 0 (or anything newer) says
/// nothing, which leaves the GTK theme's own choice.
fn theme_of(scheme: &Variant<'_>) -> Option<Option<Theme>> {
    match scheme {
        // `Read` wraps the value in one more variant than `ReadOne` does.
        Variant::Variant(inner) => theme_of(inner),
        Variant::U32(1) => Some(Some(Theme::Dark)),
        Variant::U32(2) => Some(Some(Theme::Light)),
        Variant::U32(_) => Some(None),
        _ => None,
    }
}

/// Tells `apply` the desktop's preference now and at every change, until the bus goes
/// away. Without a portal there is nothing to follow: the GTK theme decides, as before.
pub async fn follow(conn: &Connection, apply: impl Fn(Option<Theme>)) -> zbus::Result<()> {
    let settings = Proxy::new(conn, PORTAL, PATH, SETTINGS).await?;
    // Listen before asking, so a switch between the two is not missed.
    let mut changes = settings.receive_signal("SettingChanged").await?;
    match settings
        .call::<_, _, zbus::OwnedVariant>("Read", &(APPEARANCE, COLOR_SCHEME))
        .await
    {
        Ok(scheme) => {
            if let Some(Some(theme)) = theme_of(&scheme) {
                apply(Some(theme));
            }
        }
        Err(e) => tracing::debug!(error = %e, "no desktop portal to ask for light or dark"),
    }
    while let Some(signal) = changes.next().await {
        let Ok((namespace, key, value)) = signal.body().deserialize::<(String, String, zbus::OwnedVariant)>() else {
            continue;
        };
        if namespace == APPEARANCE && key == COLOR_SCHEME {
            if let Some(theme) = theme_of(&value) {
                apply(theme);
            }
        }
    }
    Ok(())
}

/// Follows the desktop's preference for the whole app, on the session bus.
pub fn start<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let followed = async {
            let conn = Connection::session().await?;
            follow(&conn, |theme| app.set_theme(theme)).await
        };
        if let Err(e) = followed.await {
            tracing::debug!(error = %e, "the desktop's light or dark preference is not followed");
        }
    });
}
