//! The client's aftercare history in one SQLite file, through sqlx.
//!
//! One file in the platform's app-data folder (or `AFTERCARE_DB`), mode 0600, WAL
//! journal, `synchronous=FULL` (a commit that returned survives power loss), a busy
//! timeout, foreign keys on. Every write takes the write lock up front
//! (`BEGIN IMMEDIATE`), so concurrent writers queue instead of failing with
//! "database is locked", and validates before it touches the database, so a rejected
//! request changes nothing.

mod backup;
mod case;
mod checkins;
mod claims;
mod csv;
mod error;
mod files;
mod ledger;
mod photos;
mod protocols;
mod settings;
mod treatments;
mod util;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

pub use backup::{Backup, BACKUP_FORMAT, BACKUP_VERSION};
pub use case::Case;
pub use checkins::CheckInRecord;
pub use claims::Claim;
pub use error::{BackupError, Error};
pub use files::write_private;
pub use ledger::{LedgerEntry, LedgerState, PlanSync};
pub use photos::{NewPhoto, PhotoRecord, PhotoSize};
pub use protocols::StoredProtocol;
pub use treatments::{reminders_from, NewTreatment, TreatmentRecord};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The embedded schema history.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The app's identifier: the app-data folder is named after it, so the window and the
/// command line find the same database.
pub const APP_ID: &str = "app.aftercare.companion";
pub const DB_FILE: &str = "aftercare.db";
pub const DB_ENV: &str = "AFTERCARE_DB";

/// Where the database lives: `AFTERCARE_DB` if set, else the platform's app-data folder.
pub fn default_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    dirs::data_dir()
        .map(|d| d.join(APP_ID).join(DB_FILE))
        .ok_or(Error::NoDataDir)
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    protocols: case::ProtocolCache,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        create_private(path)?;
        let opts = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(false)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            // A deleted photo (or note) is overwritten in the file, not left in free pages.
            .pragma("secure_delete", "on");
        let pool = {
            // flock blocks: wait for it on the blocking pool, never on an async worker.
            let lock_path = path.to_path_buf();
            let _guard = tokio::task::spawn_blocking(move || migration_lock(&lock_path))
                .await
                .map_err(|e| Error::Io {
                    path: path.to_path_buf(),
                    source: std::io::Error::other(e),
                })??;
            // Connecting under the lock too: switching a new file to WAL answers "database is
            // locked" at once, without waiting, while another opener holds it.
            let pool = SqlitePoolOptions::new().max_connections(4).connect_with(opts).await?;
            MIGRATOR.run(&pool).await?;
            pool
        };
        tracing::debug!(path = %path.display(), "database open");
        Ok(Store {
            pool,
            path: path.to_path_buf(),
            protocols: case::ProtocolCache::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A write transaction holding the write lock from its first statement.
    pub(crate) async fn write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// `PRAGMA integrity_check`: `Ok(())` when SQLite says "ok".
    pub async fn integrity_check(&self) -> Result<()> {
        let rows: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(&self.pool).await?;
        match rows.as_slice() {
            [(ok,)] if ok == "ok" => Ok(()),
            other => Err(Error::Corrupt(
                other.iter().map(|r| r.0.as_str()).collect::<Vec<_>>().join("; "),
            )),
        }
    }

    /// The schema version (the highest migration applied).
    pub async fn schema_version(&self) -> Result<i64> {
        let (v,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&self.pool)
            .await?;
        Ok(v)
    }

    /// Folds the WAL into the main file (used before measuring or copying the file).
    pub async fn checkpoint(&self) -> Result<()> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// Creates the file (and its folder) readable by the owner only, before SQLite opens it;
/// SQLite gives its -wal and -shm files the same permissions.
///
/// An existing file is never opened here: closing any descriptor of a database file drops
/// every POSIX lock the process holds on it, so doing that while another connection in
/// this process has it open would silently unlock that connection.
fn create_private(path: &Path) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            b.create(dir).map_err(io)?;
        }
    }
    if path.exists() {
        return Ok(());
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    match o.open(path) {
        Ok(_) => Ok(()),
        // Another process created it in between: theirs is as good as ours.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e)),
    }
}

/// Serialises schema migrations between processes opening the same database at once
/// (the app, its daemon and the command line on first start): without it, both could
/// see a migration as missing and the second would fail applying it.
fn migration_lock(db: &Path) -> Result<std::fs::File> {
    let mut p = db.as_os_str().to_owned();
    p.push(".migrate.lock");
    let path = PathBuf::from(p);
    let io = |source| Error::Io {
        path: path.clone(),
        source,
    };
    let mut o = std::fs::OpenOptions::new();
    o.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let f = o.open(&path).map_err(io)?;
    f.lock().map_err(io)?;
    Ok(f)
}
