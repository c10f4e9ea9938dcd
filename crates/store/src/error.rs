use std::fmt;
use std::path::PathBuf;

/// Everything the store refuses or fails at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Domain(#[from] aftercare_core::Error),
    #[error(transparent)]
    Protocol(#[from] aftercare_core::ProtocolError),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("no app-data folder on this system: set AFTERCARE_DB to a file path")]
    NoDataDir,
    #[error("no treatment with id {0}")]
    NoTreatment(i64),
    #[error("no treatment recorded yet: add one first")]
    NoTreatments,
    #[error("no settings saved yet: set your time zone first")]
    NoSettings,
    #[error("no reminder with id {0}")]
    NoReminder(String),
    #[error("backup refused: {0}")]
    Backup(#[from] BackupError),
    #[error("the database holds a value this app can't read ({0}); restore it from a backup")]
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
            write!(f, "line {line}")?;
            if let Some(c) = self.column {
                write!(f, ", column {c}")?;
            }
            f.write_str(": ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}
