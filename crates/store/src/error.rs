use std::fmt;
use std::path::PathBuf;

use aftercare_i18n::{os_reason, say, Language};

/// Everything the store refuses or fails at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Domain(#[from] aftercare_core::Error),
    #[error(transparent)]
    Protocol(#[from] aftercare_core::ProtocolError),
    #[error("{}", database_reason(.0))]
    Database(#[from] sqlx::Error),
    #[error("{}", migration_reason(.0))]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{}: {}", path.display(), os_reason(Language::current(), source))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}", say("store-no-data-folder", &[]))]
    NoDataDir,
    #[error("{}", say("store-no-treatment", &[("id", (*.0).into())]))]
    NoTreatment(i64),
    #[error("{}", say("store-no-treatments", &[]))]
    NoTreatments,
    #[error("{}", say("store-no-settings", &[]))]
    NoSettings,
    #[error("{}", say("store-no-reminder", &[("id", .0.as_str().into())]))]
    NoReminder(String),
    #[error("{}", say("store-backup-refused", &[("detail", .0.to_string().into())]))]
    Backup(#[from] BackupError),
    #[error("{}", say("store-corrupt", &[("detail", .0.as_str().into())]))]
    Corrupt(String),
}

impl Error {
    /// A stable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Domain(e) => e.code(),
            Error::Protocol(_) => "protocol",
            Error::Database(_) | Error::Migrate(_) => "database",
            Error::Io { .. } | Error::NoDataDir => "io",
            Error::NoTreatment(_) | Error::NoTreatments => "no-treatment",
            Error::NoSettings => "no-settings",
            Error::NoReminder(_) => "no-reminder",
            Error::Backup(_) => "backup",
            Error::Corrupt(_) => "corrupt",
        }
    }
}

/// A backup file refused, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BackupError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the document, like `treatments[0].checkins[3].redness`.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            let at = match self.column {
                Some(c) => say("backup-at-line-column", &[("line", line.into()), ("column", c.into())]),
                None => say("backup-at-line", &[("line", line.into())]),
            };
            write!(f, "{at}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// SQLite's and sqlx's failures in the client's language. sqlx words them in English and
/// in SQLite's terms; the ones a client can meet (the file busy, damaged, read-only, on a
/// full disk, from a newer app) are said from the catalog, the rest as an inner error.
fn database_reason(e: &sqlx::Error) -> String {
    let language = Language::current();
    match e {
        sqlx::Error::Io(io) => os_reason(language, io),
        sqlx::Error::PoolTimedOut => say("db-busy", &[]),
        sqlx::Error::Database(db) => {
            // Extended result codes carry the primary code in their low byte.
            match db.code().and_then(|c| c.parse::<i64>().ok()).map(|c| c & 0xff) {
                Some(5 | 6) => say("db-busy", &[]),
                Some(13) => say("os-storage-full", &[]),
                Some(8) => say("db-read-only", &[]),
                Some(11 | 26) => say("db-damaged", &[]),
                Some(14) => say("db-cant-open", &[]),
                Some(code) => say("db-other", &[("code", code.into())]),
                None => say("db-internal", &[]),
            }
        }
        _ => say("db-internal", &[]),
    }
}

fn migration_reason(e: &sqlx::migrate::MigrateError) -> String {
    use sqlx::migrate::MigrateError as M;
    match e {
        M::Execute(e) | M::ExecuteMigration(e, _) => database_reason(e),
        M::VersionMissing(_) | M::VersionTooNew(..) => say("db-newer", &[]),
        M::Dirty(_) => say("db-damaged", &[]),
        _ => say("db-internal", &[]),
    }
}
