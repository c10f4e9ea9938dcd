use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// A choice of the client's that can't make a report, with the field at fault.
    #[error("{reason}")]
    Invalid { field: &'static str, reason: String },
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    /// The PDF writer refused what the layout gave it: a bug here, not the client's doing.
    #[error("the report could not be written: {0}")]
    Pdf(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
