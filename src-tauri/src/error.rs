//! The one error the UI sees: a stable code, a sentence, and the field at fault.

use serde::Serialize;

/// What a command refused or failed at, in words the UI shows as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// Stable, for code: `invalid`, `unknown-zone`, `protocol`, `backup`, …
    pub code: String,
    /// For people: what is wrong and how to fix it.
    pub message: String,
    /// The input field the error belongs to, when there is one (the UI shows it there).
    pub field: Option<String>,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            field: None,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::new("invalid", message).at(field)
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
            code: e.code().into(),
            message: e.to_string(),
            field: domain_field(&e),
        }
    }
}

impl From<aftercare_core::ProtocolError> for AppError {
    fn from(e: aftercare_core::ProtocolError) -> Self {
        Self::new("protocol", e.to_string()).at("protocol")
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
                format!("The app's database failed: {e}. Nothing was changed.")
            }
            _ => e.to_string(),
        };
        Self {
            code: e.code().into(),
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
            other => Self::new("reminders", other.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, AppError>;
