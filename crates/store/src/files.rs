//! Files the client exports: health data leaves the app only readable by its owner.

use std::io::Write;
use std::path::Path;

use crate::{Error, Result};

/// Writes `bytes` to `path` (mode 0600 on Unix), replacing it, and syncs it to disk.
pub fn write_private(path: &Path, bytes: impl AsRef<[u8]>) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let mut f = o.open(path).map_err(io)?;
    f.write_all(bytes.as_ref()).map_err(io)?;
    f.sync_all().map_err(io)
}
