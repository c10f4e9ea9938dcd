//! The TOML reader's refusal of a protocol file, in the client's language: serde's
//! refusals through the catalog ([`serde_refusal`]); anything else the reader says is
//! about the text not being TOML, said with where it is.

use aftercare_i18n::{serde_refusal, Language};

/// The words for a refusal: `message` as the reader gave it, `quoted` the text its span
/// points at, `column` where that starts (1-based).
pub(super) fn worded(language: Language, message: &str, quoted: Option<&str>, column: usize) -> String {
    serde_refusal(language, message, quoted)
        .unwrap_or_else(|| language.text("protocol-not-toml", &[("column", (column as u64).into())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_toml_is_said_with_its_column() {
        let said = worded(Language::German, "invalid table header\nexpected `.`, `]`", None, 3);
        assert!(said.starts_with("kein gültiges TOML in Spalte 3"), "{said}");
        let said = worded(Language::German, "missing field `format`", None, 1);
        assert_eq!(said, "das Feld `format` fehlt");
    }
}
