//! The operating system's reasons for refusing a file, in words. Rust gives them in
//! English (`strerror`, no locale), so the kinds a client meets are said from the catalog;
//! any other is given by its number, which a helper can look up in any language.

use std::io::{Error, ErrorKind};

use crate::Language;

/// Why the system refused, in `language`: "there is no such file or folder", "the disk is
/// full", … An error that is not the system's (a program's own message) keeps its words.
pub fn os_reason(language: Language, e: &Error) -> String {
    let id = match e.kind() {
        ErrorKind::NotFound => "os-not-found",
        ErrorKind::PermissionDenied => "os-permission-denied",
        ErrorKind::AlreadyExists => "os-already-exists",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "os-storage-full",
        ErrorKind::ReadOnlyFilesystem => "os-read-only",
        ErrorKind::IsADirectory => "os-is-a-folder",
        ErrorKind::NotADirectory => "os-not-a-folder",
        ErrorKind::FileTooLarge => "os-file-too-large",
        ErrorKind::InvalidData | ErrorKind::UnexpectedEof => "os-unreadable",
        _ => match e.raw_os_error() {
            Some(code) => return language.text("os-other", &[("code", i64::from(code).into())]),
            None => return e.to_string(),
        },
    };
    language.text(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_systems_refusals_are_said_in_the_language() {
        let reason = |e: Error| os_reason(Language::German, &e);
        assert_eq!(
            reason(std::fs::read("/nonexistent/aftercare").expect_err("missing")),
            "diese Datei oder diesen Ordner gibt es nicht"
        );
        assert_eq!(
            reason(Error::from_raw_os_error(13)),
            "dieses Benutzerkonto darf sie nicht lesen oder schreiben"
        );
        assert_eq!(reason(Error::from_raw_os_error(28)), "der Datenträger ist voll");
        assert_eq!(
            reason(Error::from_raw_os_error(30)),
            "der Datenträger ist schreibgeschützt"
        );
        // ENOTSUP has no words of its own: its number, worded.
        assert_eq!(
            reason(Error::from_raw_os_error(95)),
            "das System hat abgelehnt (Fehlernummer 95)"
        );
        assert_eq!(
            os_reason(Language::English, &Error::from_raw_os_error(21)),
            "that is a folder, not a file"
        );
    }
}
