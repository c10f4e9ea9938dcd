//! A private D-Bus session bus for the delivery tests, stopped when dropped. Its
//! configuration (`tests/dbus/session.conf` at the top of the repository) activates
//! nothing, so a notification daemon installed on the machine never answers in place of
//! the test's own server.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct Bus {
    child: Child,
    pub address: String,
}

// Each test binary uses one of the two.
#[allow(dead_code)]
impl Bus {
    pub fn start() -> Bus {
        Self::spawn(None)
    }

    /// A bus at a known address (`unix:path=…`), for a test whose bus appears late.
    pub fn start_at(address: &str) -> Bus {
        Self::spawn(Some(address))
    }

    fn spawn(address: Option<&str>) -> Bus {
        // The crate using it sits one or two folders below the top.
        let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .map(|d| d.join("tests/dbus/session.conf"))
            .find(|c| c.exists())
            .expect("tests/dbus/session.conf above the crate");
        let mut command = Command::new("dbus-daemon");
        command.arg(format!("--config-file={}", config.display()));
        if let Some(a) = address {
            command.arg(format!("--address={a}"));
        }
        let mut child = command
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("dbus-daemon must be installed (make test installs it: package dbus-daemon)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("bus address");
        Bus {
            child,
            address: line.trim().to_string(),
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
