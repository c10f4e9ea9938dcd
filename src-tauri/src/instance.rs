//! One app per database on Linux: the first launch holds a lock beside the database and
//! listens on a socket there; a later launch asks it to show its window and exits before
//! it opens one. tauri-plugin-single-instance does the same over D-Bus, through zbus 5,
//! whose thread pool (the `blocking` crate) then wakes the app twice a second for as long
//! as it runs; this socket sleeps until someone knocks. macOS and Windows keep the plugin.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tauri::{AppHandle, Runtime};

/// What a launch is.
pub enum Instance {
    /// The one that shows the window; holds its lock (and its socket) for its lifetime.
    First(Listener),
    /// Another launch is running: it was asked to show its window, or did not answer.
    Handed,
}

pub struct Listener {
    /// `None` where the socket could not be made (a database path too long for one): the
    /// lock still keeps a second app from starting, it just can't be asked to show itself.
    socket: Option<UnixListener>,
    lock: File,
}

fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn knock(socket: &Path) -> std::io::Result<()> {
    let mut s = UnixStream::connect(socket)?;
    s.write_all(b"show\n")
}

/// Becomes the app of `db`, or hands over to the one already running.
pub fn claim(db: &Path) -> std::io::Result<Instance> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    }
    let socket = beside(db, ".instance");
    let lock = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(beside(db, ".instance.lock"))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            // The first one may be a moment from listening: knock for up to two seconds.
            // Unanswered, it is still running (it holds the lock): never start a second.
            for _ in 0..20 {
                if knock(&socket).is_ok() {
                    return Ok(Instance::Handed);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            tracing::warn!("Aftercare Companion is already running but did not answer");
            return Ok(Instance::Handed);
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    // The lock is ours, so a socket still there is a crashed launch's.
    match std::fs::remove_file(&socket) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let listener = match listen(&socket) {
        Ok(l) => Some(l),
        Err(e) => {
            tracing::warn!(error = %e, "a second launch won't be able to show this window");
            None
        }
    };
    Ok(Instance::First(Listener { socket: listener, lock }))
}

fn listen(socket: &Path) -> std::io::Result<UnixListener> {
    let listener = UnixListener::bind(socket)?;
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Shows the window whenever another launch knocks, for the life of the app. The lock is
/// kept for the life of the process, whatever becomes of the socket.
pub fn serve<R: Runtime>(listener: Listener, app: AppHandle<R>) {
    let Listener { socket, lock } = listener;
    // Released when the process ends, never before.
    std::mem::forget(lock);
    let Some(socket) = socket else { return };
    tauri::async_runtime::spawn(async move {
        let socket = match tokio::net::UnixListener::from_std(socket) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "a second launch won't be able to show this window");
                return;
            }
        };
        loop {
            match socket.accept().await {
                Ok(_) => crate::runtime::show_main(&app),
                // Out of file descriptors and the like: wait, then listen on.
                Err(e) => {
                    tracing::warn!(error = %e, "a knock could not be answered");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_launch_hands_over_and_a_crashed_one_is_replaced() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("sub").join("aftercare.db");
        let Instance::First(first) = claim(&db).expect("first") else {
            panic!("the first launch must run")
        };
        // Someone listening: the second launch hands over (its knock is queued).
        assert!(matches!(claim(&db).expect("second"), Instance::Handed));
        drop(first);
        // The socket file stays behind, as after a crash: the next launch runs all the same.
        assert!(beside(&db, ".instance").exists());
        let Instance::First(running) = claim(&db).expect("third") else {
            panic!("a crashed launch keeps nobody out")
        };
        let mode = std::fs::metadata(beside(&db, ".instance"))
            .expect("socket")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "only the owner can knock");
        // A running app whose socket is gone still keeps a second one from starting.
        std::fs::remove_file(beside(&db, ".instance")).expect("socket gone");
        assert!(matches!(claim(&db).expect("fourth"), Instance::Handed));
        drop(running);
    }
}
