//! One scheduler per database: the app and a terminal daemon must not both deliver.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::Error;

/// Held while a scheduler runs; released when dropped or when the process dies (an OS
/// file lock, so a crashed holder never blocks the next start).
#[derive(Debug)]
pub struct SchedulerLock {
    _file: File,
    path: PathBuf,
}

impl SchedulerLock {
    pub fn path_for(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".scheduler.lock");
        PathBuf::from(p)
    }

    /// Takes the lock for `db`, recording `who` (e.g. "the Aftercare app") for others.
    pub fn acquire(db: &Path, who: &str) -> Result<SchedulerLock, Error> {
        let path = Self::path_for(db);
        let io = |source| Error::Io {
            path: path.display().to_string(),
            source,
        };
        let mut o = OpenOptions::new();
        o.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        let mut file = o.open(&path).map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                file.read_to_string(&mut holder).map_err(io)?;
                let holder = if holder.trim().is_empty() {
                    "another process".to_string()
                } else {
                    holder.trim().to_string()
                };
                return Err(Error::Locked {
                    holder,
                    path: path.display().to_string(),
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        write!(
            file,
            "{who} (pid {}) since {}",
            std::process::id(),
            jiff::Timestamp::now()
        )
        .map_err(io)?;
        file.flush().map_err(io)?;
        Ok(SchedulerLock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_scheduler_is_told_who_holds_the_lock() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("a.db");
        let first = SchedulerLock::acquire(&db, "the Aftercare app").expect("first");
        match SchedulerLock::acquire(&db, "aftercare daemon") {
            Err(Error::Locked { holder, .. }) => {
                assert!(holder.starts_with("the Aftercare app (pid "), "{holder}");
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        drop(first);
        let again = SchedulerLock::acquire(&db, "aftercare daemon").expect("free after release");
        assert!(again.path().ends_with("a.db.scheduler.lock"));
    }
}
