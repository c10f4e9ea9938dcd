//! `close-window TITLE`: asks every X11 window titled TITLE to close, as a window manager's
//! close button does (a `WM_DELETE_WINDOW` message). The e2e tests and `make idle-wakeups`
//! use it to close the app to the tray: Xvfb has no window manager to do it. Exits 1 if no
//! such window was found.

#[cfg(target_os = "linux")]
fn main() -> std::process::ExitCode {
    let Some(title) = std::env::args().nth(1) else {
        eprintln!("usage: close-window TITLE");
        return std::process::ExitCode::from(2);
    };
    match x11::close(&title) {
        Ok(0) => {
            eprintln!("no window titled {title:?}");
            std::process::ExitCode::FAILURE
        }
        Ok(_) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("close-window: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_os = "linux")]
mod x11 {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window};
    use x11rb::CURRENT_TIME;

    type Error = Box<dyn std::error::Error>;

    /// Sends the close request to each window titled `title`; returns how many there were.
    pub fn close(title: &str) -> Result<usize, Error> {
        let (conn, screen) = x11rb::connect(None)?;
        let root = conn.setup().roots[screen].root;
        let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
        let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
        let mut found = Vec::new();
        titled(&conn, root, title.as_bytes(), &mut found)?;
        for &window in &found {
            let event = ClientMessageEvent::new(32, window, protocols, [delete, CURRENT_TIME, 0, 0, 0]);
            // Checked, a round trip: the server has taken the message before this exits.
            // Only sent and flushed, some never reached the app as the tool exited at once
            // (the e2e tray test at 320 px failed 6 runs of 6 so; 0 of 14 checked).
            conn.send_event(false, window, EventMask::NO_EVENT, event)?.check()?;
        }
        Ok(found.len())
    }

    /// `window` and the windows below it whose WM_NAME is `title`.
    fn titled(conn: &impl Connection, window: Window, title: &[u8], found: &mut Vec<Window>) -> Result<(), Error> {
        let name = conn
            .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 1024)?
            .reply()?;
        if name.value == title {
            found.push(window);
        }
        for child in conn.query_tree(window)?.reply()?.children {
            titled(conn, child, title, found)?;
        }
        Ok(())
    }
}

#[cfg(not(target_os = "linux"))]
fn main() -> std::process::ExitCode {
    eprintln!("close-window is for X11 only");
    std::process::ExitCode::FAILURE
}
