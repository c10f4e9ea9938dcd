//! The one error the UI sees: a stable code, a sentence, and the field at fault.

use aftercare_i18n::say;
use serde::Serialize;

/// What kind of refusal or failure it is: stable, for code (the message is for people).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A value the rules refuse (out of range, before the treatment, …).
    Invalid,
    /// An argument the app could not read at all (see `crate::input`).
    BadInput,
    UnknownZone,
    BadMoment,
    BadTimeOfDay,
    UnknownQuery,
    OutOfRange,
    Protocol,
    Backup,
    NoTreatment,
    NoSettings,
    NoReminder,
    NoEvent,
    Database,
    Corrupt,
    Io,
    Autostart,
    Reminders,
    /// The PDF writer failed (not the client's doing).
    Report,
    /// The UI's own, for a failure before or outside a command (Tauri's IPC).
    Ipc,
}

impl From<&aftercare_core::Error> for ErrorCode {
    fn from(e: &aftercare_core::Error) -> Self {
        use aftercare_core::Error as E;
        match e {
            E::Protocol(_) => Self::Protocol,
            E::UnknownZone(_) => Self::UnknownZone,
            E::BadMoment(_) => Self::BadMoment,
            E::BadTimeOfDay(_) => Self::BadTimeOfDay,
            E::Invalid { .. } => Self::Invalid,
            E::UnknownQuery { .. } => Self::UnknownQuery,
            E::OutOfRange(_) => Self::OutOfRange,
        }
    }
}

impl From<&aftercare_store::Error> for ErrorCode {
    fn from(e: &aftercare_store::Error) -> Self {
        use aftercare_store::Error as E;
        match e {
            E::Domain(d) => d.into(),
            E::Protocol(_) => Self::Protocol,
            E::Database(_) | E::Migrate(_) => Self::Database,
            E::Io { .. } | E::NoDataDir => Self::Io,
            E::NoTreatment(_) | E::NoTreatments => Self::NoTreatment,
            E::NoSettings => Self::NoSettings,
            E::NoReminder(_) => Self::NoReminder,
            E::Backup(_) => Self::Backup,
            E::Corrupt(_) => Self::Corrupt,
        }
    }
}

/// What a command refused or failed at, in words the UI shows as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    /// For people: what is wrong and how to fix it.
    pub message: String,
    /// The input field the error belongs to, when there is one (the UI shows it there).
    pub field: Option<String>,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Invalid, message).at(field)
    }

    /// Attaches the error to the input it came from, unless it already names one.
    pub fn at(mut self, field: &str) -> Self {
        if self.field.is_none() {
            self.field = Some(field.into());
        }
        self
    }
}

fn domain_field(e: &aftercare_core::Error) -> Option<String> {
    match e {
        aftercare_core::Error::Invalid { field, .. } => Some((*field).to_string()),
        aftercare_core::Error::UnknownZone(_) => Some("zone".into()),
        aftercare_core::Error::Protocol(_) => Some("protocol".into()),
        _ => None,
    }
}

impl From<aftercare_core::Error> for AppError {
    fn from(e: aftercare_core::Error) -> Self {
        Self {
            code: (&e).into(),
            message: e.to_string(),
            field: domain_field(&e),
        }
    }
}

impl From<aftercare_core::ProtocolError> for AppError {
    fn from(e: aftercare_core::ProtocolError) -> Self {
        Self::new(ErrorCode::Protocol, e.to_string()).at("protocol")
    }
}

impl From<aftercare_store::Error> for AppError {
    fn from(e: aftercare_store::Error) -> Self {
        let field = match &e {
            aftercare_store::Error::Domain(d) => domain_field(d),
            aftercare_store::Error::Protocol(_) => Some("protocol".into()),
            aftercare_store::Error::Backup(_) => Some("backup".into()),
            _ => None,
        };
        // Database internals stay in the log (without data); the person gets a sentence.
        let message = match &e {
            aftercare_store::Error::Database(_) | aftercare_store::Error::Migrate(_) => {
                tracing::error!(code = e.code(), "store failure");
                say("error-database", &[("detail", e.to_string().into())])
            }
            _ => e.to_string(),
        };
        Self {
            code: (&e).into(),
            message,
            field,
        }
    }
}

impl From<aftercare_reminders::Error> for AppError {
    fn from(e: aftercare_reminders::Error) -> Self {
        match e {
            aftercare_reminders::Error::Store(s) => s.into(),
            aftercare_reminders::Error::Domain(d) => d.into(),
            other => Self::new(ErrorCode::Reminders, other.to_string()),
        }
    }
}

impl From<aftercare_report::Error> for AppError {
    fn from(e: aftercare_report::Error) -> Self {
        use aftercare_report::Error as E;
        match e {
            E::Invalid { field, reason } => Self::invalid(field, reason),
            E::Store(s) => s.into(),
            E::Pdf(_) => {
                tracing::error!("report writer failed");
                Self::new(
                    ErrorCode::Report,
                    say("error-report", &[("detail", e.to_string().into())]),
                )
            }
        }
    }
}

pub type Result<T> = std::result::Result<T, AppError>;
