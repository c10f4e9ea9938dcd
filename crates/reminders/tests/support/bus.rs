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

impl Bus {
    pub fn start() -> Bus {
        let config = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/dbus/session.conf");
        let mut child = Command::new("dbus-daemon")
            .arg(format!("--config-file={config}"))
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
