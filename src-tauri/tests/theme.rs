//! The app follows the desktop's light or dark (src/theme.rs) through a desktop portal on
//! a private bus: at start, at a switch, and back to "no preference".
#![cfg(target_os = "linux")]

use std::sync::{Arc, Mutex};

use aftercare_app::theme::{follow, APPEARANCE, COLOR_SCHEME, PATH, PORTAL};
use tauri::Theme;
use zbus::Variant;

#[path = "../../crates/reminders/tests/support/bus.rs"]
mod bus;

/// A desktop portal that prefers dark and can be told to switch.
struct Portal(u32);

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read(&self, namespace: &str, key: &str) -> zbus::fdo::Result<zbus::OwnedVariant> {
        if (namespace, key) != (APPEARANCE, COLOR_SCHEME) {
            return Err(zbus::fdo::Error::Failed("no such setting".into()));
        }
        // As portals answer `Read`: the value in a variant inside the reply's variant.
        Variant::Variant(Box::new(Variant::U32(self.0)))
            .try_into()
            .map_err(|e: zbus::Error| zbus::fdo::Error::Failed(e.to_string()))
    }

    #[zbus(signal)]
    async fn setting_changed(
        emitter: &zbus::object_server::SignalEmitter<'_>,
        namespace: &str,
        key: &str,
        value: Variant<'_>,
    ) -> zbus::Result<()>;
}

#[tokio::test]
async fn the_app_follows_the_desktops_light_or_dark_as_it_changes() {
    let bus = bus::Bus::start();
    let portal = zbus::connection::Builder::address(bus.address.as_str())
        .name(PORTAL)
        .serve_at(PATH, Portal(1))
        .build()
        .await
        .expect("the portal");
    let app = zbus::connection::Builder::address(bus.address.as_str())
        .build()
        .await
        .expect("the app's connection");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let following = tokio::spawn(async move { follow(&app, move |t| log.lock().expect("log").push(t)).await });
    let emitter = zbus::object_server::SignalEmitter::new(&portal, PATH).expect("emitter");
    let wait_for = |n: usize| {
        let seen = seen.clone();
        async move {
            for _ in 0..200 {
                if seen.lock().expect("seen").len() >= n {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            panic!("the app saw {:?}, expected {n} changes", seen.lock().expect("seen"));
        }
    };
    wait_for(1).await;
    // Another setting, then the switch to light, then "no preference".
    Portal::setting_changed(&emitter, "org.freedesktop.appearance", "accent-color", Variant::U32(7))
        .await
        .expect("signal");
    Portal::setting_changed(&emitter, APPEARANCE, COLOR_SCHEME, Variant::U32(2))
        .await
        .expect("signal");
    Portal::setting_changed(&emitter, APPEARANCE, COLOR_SCHEME, Variant::U32(0))
        .await
        .expect("signal");
    wait_for(3).await;
    assert_eq!(
        *seen.lock().expect("seen"),
        vec![Some(Theme::Dark), Some(Theme::Light), None]
    );
    following.abort();
}
