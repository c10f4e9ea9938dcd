//! serde's refusals of a file ("missing field `x`", "invalid type: …, expected …"), said
//! in a language. serde words them in English, and they are few: a field missing or
//! unknown, a value of the wrong kind or not among the choices, a key set twice. Each is
//! recognised by its fixed start; the file's own words (keys, values, choices) are quoted
//! as written. Both a clinic's protocol (TOML) and a backup (JSON) are read through serde.

use crate::{Arg, Language};

/// The words for serde's `message`, or `None` if it is none of those (a syntax error, or
/// a message of the program's own). `quoted` is the text the reader's position points at.
pub fn serde_refusal(language: Language, message: &str, quoted: Option<&str>) -> Option<String> {
    let say = |id: &str, args: &[(&str, Arg)]| language.text(id, args);
    let m = message.trim();
    let named = |prefix: &str| m.strip_prefix(prefix).and_then(|rest| rest.split('`').next());
    if let Some(field) = named("missing field `") {
        return Some(say("data-missing-field", &[("field", field.into())]));
    }
    if let Some(field) = named("unknown field `") {
        return Some(say("data-unknown-field", &[("field", field.into())]));
    }
    if let Some(value) = named("unknown variant `") {
        return Some(say(
            "data-unknown-choice",
            &[("value", value.into()), ("choices", choices(m).into())],
        ));
    }
    if m.starts_with("duplicate key") || m.starts_with("duplicate field") {
        let key = named("duplicate key `")
            .or(named("duplicate field `"))
            .or(quoted)
            .unwrap_or_default()
            .trim();
        return Some(say("data-duplicate-key", &[("key", key.into())]));
    }
    if m.starts_with("invalid type") || m.starts_with("invalid value") || m.starts_with("invalid length") {
        let expected = m.rsplit_once("expected ").map_or("", |(_, e)| e);
        return Some(say("data-wrong-type", &[("expected", say(kind(expected), &[]).into())]));
    }
    None
}

/// serde's "expected one of `a`, `b`" or "expected `a` or `b`": the choices as written,
/// without its English "or".
fn choices(message: &str) -> String {
    let Some((_, expected)) = message.split_once("expected") else {
        return String::new();
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words for the kind of value serde expected ("a string", "i64", "a sequence").
fn kind(expected: &str) -> &'static str {
    let e = expected.trim();
    let integer = e.len() > 1 && e.starts_with(['i', 'u']) && e[1..].chars().all(|c| c.is_ascii_digit());
    if e.contains("string") || e.contains("char") {
        "data-kind-text"
    } else if e.contains("bool") {
        "data-kind-yes-no"
    } else if integer || e.contains("integer") {
        "data-kind-number"
    } else if e.contains("sequence") || e.contains("array") || e.contains("tuple") {
        "data-kind-list"
    } else if e.contains("map") || e.contains("struct") || e.contains("table") {
        "data-kind-table"
    } else {
        "data-kind-other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_serde_refusal_has_its_words_in_german() {
        let cases = [
            ("missing field `format`", None, "das Feld `format` fehlt"),
            (
                "unknown field `colour`, expected one of `id`, `title`",
                None,
                "unbekanntes Feld `colour`",
            ),
            (
                "unknown variant `never`, expected one of `avoid`, `limit`, `do`",
                None,
                "unbekannter Wert `never`: möglich sind `avoid`, `limit`, `do`",
            ),
            (
                "unknown variant `moon`, expected `sun` or `heat`",
                None,
                "möglich sind `sun`, `heat`",
            ),
            ("duplicate key", Some("title "), "`title` ist doppelt gesetzt"),
            ("duplicate field `id`", None, "`id` ist doppelt gesetzt"),
            (
                "invalid type: integer `7`, expected a string",
                None,
                "hier gehört Text in Anführungszeichen",
            ),
            ("invalid type: string \"x\", expected u8", None, "eine ganze Zahl"),
            (
                "invalid type: string \"x\", expected a sequence",
                None,
                "eine Liste in [ ]",
            ),
            ("invalid type: null, expected a boolean", None, "true oder false"),
        ];
        for (message, quoted, words) in cases {
            let said = serde_refusal(Language::German, message, quoted).expect(message);
            assert!(said.contains(words), "{message:?} became {said:?}, lacking {words:?}");
            for english in ["expected", "missing", "unknown", "invalid", " or ", "field"] {
                assert!(!said.contains(english), "{message:?} became {said:?}, still English");
            }
        }
        // Not serde's: the caller has its own words for those.
        assert_eq!(
            serde_refusal(Language::German, "invalid table header\nexpected `.`, `]`", None),
            None
        );
        assert_eq!(
            serde_refusal(Language::German, "EOF while parsing an object", None),
            None
        );
    }
}
