//! Command arguments that can't fail before the command runs.
//!
//! Tauri decodes arguments before calling a command and reports a failure as a bare string
//! ("invalid args `input` for command …: invalid value: integer `99999999999`, expected
//! i32") that names neither the field nor says what to do. An [`Input`] accepts any JSON and
//! keeps the decoding result; the command then returns a refusal as the same
//! `{code, message, field}` as every other error, with the field named.

use aftercare_i18n::say;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::error::AppError;

/// An argument as the page sent it: decoded, or the reason it could not be.
#[derive(Debug)]
pub struct Input<T>(Result<T, AppError>);

impl<T> Input<T> {
    /// The decoded value, or the refusal naming the field at fault.
    pub fn get(self) -> Result<T, AppError> {
        self.0
    }

    /// Like [`Input::get`] for an argument that is a single value: a refusal names `arg`.
    pub fn named(self, arg: &str) -> Result<T, AppError> {
        self.0.map_err(|mut e| {
            if e.field.as_deref() == Some("input") {
                e.field = Some(arg.to_string());
            }
            e
        })
    }
}

impl<T: specta::Type> specta::Type for Input<T> {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        T::definition(types)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Any JSON, or none (a missing argument), is accepted here, so the refusal below
        // reaches the command.
        match Option::<serde_json::Value>::deserialize(d)? {
            Some(raw) => Ok(Input(decode(raw))),
            None => Ok(Input(Err(AppError::new(
                crate::error::ErrorCode::BadInput,
                say("input-missing", &[]),
            )
            .at("input")))),
        }
    }
}

/// Decodes with the path of the field at fault, in words a client reads.
fn decode<T: DeserializeOwned>(raw: serde_json::Value) -> Result<T, AppError> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let inner = e.inner().to_string();
        let path = e.path().to_string();
        let (field, message) = explain(&path, &inner);
        AppError::new(crate::error::ErrorCode::BadInput, message).at(&field)
    })
}

/// The field and a sentence for a decoding failure (`path` is serde's, `.` for the root).
fn explain(path: &str, serde_message: &str) -> (String, String) {
    let named = |prefix: &str| {
        serde_message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').nth(1))
            .map(str::to_string)
    };
    let field = path
        .rsplit('.')
        .find(|p| !p.is_empty() && !p.starts_with('?'))
        .unwrap_or("input");
    let field = match field.split('[').next() {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => "input".to_string(),
    };
    if let Some(missing) = named("missing field ") {
        let message = say("input-missing-field", &[("field", missing.as_str().into())]);
        return (missing, message);
    }
    if let Some(unknown) = named("unknown field ") {
        let message = say("input-unknown-field", &[("field", unknown.as_str().into())]);
        return (unknown, message);
    }
    let message = if serde_message.starts_with("invalid type: floating point") {
        "input-whole-number"
    } else if serde_message.starts_with("invalid value: integer") {
        "input-number-range"
    } else if serde_message.starts_with("invalid type: null") {
        "input-empty"
    } else if serde_message.contains("expected i32") || serde_message.contains("expected i64") {
        "input-whole-number"
    } else if serde_message.starts_with("unknown variant") {
        "input-choice"
    } else if serde_message.contains("expected a boolean") {
        "input-tick"
    } else if serde_message.contains("expected a string") {
        "input-text"
    } else {
        "input-unreadable"
    };
    (field, say(message, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Form {
        breakouts: i32,
        notes: String,
        done: bool,
    }

    fn refusal(v: serde_json::Value) -> AppError {
        match decode::<Form>(v) {
            Ok(f) => panic!("decoded {f:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn each_decoding_failure_names_its_field_in_words() {
        let base = || json!({ "breakouts": 2, "notes": "", "done": false });
        let with = |k: &str, v: serde_json::Value| {
            let mut b = base();
            b[k] = v;
            b
        };
        for (value, words) in [
            (json!(99_999_999_999_i64), "too large"),
            (json!(-99_999_999_999_i64), "too large"),
            (json!(2.5), "whole number"),
            (json!("abc"), "whole number"),
            (json!(null), "empty"),
        ] {
            let e = refusal(with("breakouts", value.clone()));
            assert_eq!(
                (e.code, e.field.as_deref()),
                (crate::error::ErrorCode::BadInput, Some("breakouts")),
                "{value}"
            );
            assert!(e.message.contains(words), "{value}: {}", e.message);
        }
        let e = refusal(with("done", json!("yes")));
        assert_eq!(e.field.as_deref(), Some("done"));
        let e = refusal(json!({ "breakouts": 2, "done": false }));
        assert_eq!(e.field.as_deref(), Some("notes"));
        assert!(e.message.contains("missing"));
        let e = refusal(with("colour", json!("red")));
        assert_eq!(e.field.as_deref(), Some("colour"));
        let e = refusal(json!([1, 2]));
        assert_eq!(e.field.as_deref(), Some("input"));
        assert!(decode::<Form>(base()).is_ok());
    }
}
