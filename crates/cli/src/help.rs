//! The command line's help in the terminal's language: clap's derive gives the commands and
//! their arguments, the catalog the words (one place for them, in every language).

use aftercare_core::Symptom;
use aftercare_i18n::{Arg, Language};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;

/// Which words go where: (command path, argument id or "" for the command itself, message).
/// A flattened argument (the treatment's, the plan's) is named under each command it joins.
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-help-about"),
    ("", "db", "cli-help-db"),
    ("plan", "", "cli-help-plan"),
    ("can", "", "cli-help-can"),
    ("can", "query", "cli-help-can-query"),
    ("can", "at", "cli-help-can-at"),
    ("ics", "", "cli-help-ics"),
    ("ics", "out", "cli-help-ics-out"),
    ("treatment", "", "cli-help-treatment"),
    ("treatment add", "", "cli-help-treatment-add"),
    ("treatment add", "ended", "cli-help-ended"),
    ("treatment add", "tz", "cli-help-tz"),
    ("treatment add", "area", "cli-help-area"),
    ("treatment add", "clinic", "cli-help-clinic"),
    ("treatment add", "notes", "cli-help-treatment-notes"),
    ("treatment add", "series_number", "cli-help-series-number"),
    ("treatment list", "", "cli-help-treatment-list"),
    ("checkin", "", "cli-help-checkin"),
    ("checkin", "date", "cli-help-checkin-date"),
    ("checkin", "redness", "cli-help-redness"),
    ("checkin", "breakouts", "cli-help-breakouts"),
    ("checkin", "swelling", "cli-help-swelling"),
    ("checkin", "pain", "cli-help-pain"),
    ("checkin", "notes", "cli-help-checkin-notes"),
    ("checkin", "treatment", "cli-help-checkin-treatment"),
    ("photo", "", "cli-help-photo"),
    ("photo add", "", "cli-help-photo-add"),
    ("photo add", "date", "cli-help-photo-date"),
    ("photo add", "file", "cli-help-photo-file"),
    ("photo list", "", "cli-help-photo-list"),
    ("photo export", "", "cli-help-photo-export"),
    ("photo export", "date", "cli-help-photo-export-date"),
    ("photo export", "number", "cli-help-photo-number"),
    ("photo export", "out", "cli-help-photo-out"),
    ("photo delete", "", "cli-help-photo-delete"),
    ("photo delete", "id", "cli-help-photo-id"),
    ("history", "", "cli-help-history"),
    ("settings", "", "cli-help-settings"),
    ("settings", "tz", "cli-help-settings-tz"),
    ("settings", "checkin_at", "cli-help-settings-checkin-at"),
    ("settings", "quiet", "cli-help-settings-quiet"),
    ("settings", "clinic_name", "cli-help-clinic-name"),
    ("settings", "clinic_phone", "cli-help-clinic-phone"),
    ("settings", "emergency_number", "cli-help-emergency-number"),
    ("settings", "grace_minutes", "cli-help-grace-minutes"),
    ("settings", "series_length", "cli-help-series-length"),
    ("export", "", "cli-help-export"),
    ("export", "csv", "cli-help-export-csv"),
    ("export", "json", "cli-help-export-json"),
    ("report", "", "cli-help-report"),
    ("report", "out", "cli-help-report-out"),
    ("report", "from", "cli-help-report-from"),
    ("report", "to", "cli-help-report-to"),
    ("report", "no_notes", "cli-help-report-no-notes"),
    ("report", "name", "cli-help-report-name"),
    ("report", "photos", "cli-help-report-photos"),
    ("import", "", "cli-help-import"),
    ("import", "file", "cli-help-import-file"),
    ("load-protocol", "", "cli-help-load-protocol"),
    ("load-protocol", "file", "cli-help-protocol-file"),
    ("use-builtin-protocol", "", "cli-help-use-builtin"),
    ("daemon", "", "cli-help-daemon"),
    ("reminders", "", "cli-help-reminders"),
    ("check-protocol", "", "cli-help-check-protocol"),
    ("check-protocol", "file", "cli-help-protocol-file"),
    ("show-protocol", "", "cli-help-show-protocol"),
    ("plan", "treated", "cli-help-treated"),
    ("plan", "tz", "cli-help-tz"),
    ("plan", "protocol", "cli-help-protocol"),
    ("plan", "now", "cli-help-now"),
    ("can", "treated", "cli-help-treated"),
    ("can", "tz", "cli-help-tz"),
    ("can", "protocol", "cli-help-protocol"),
    ("can", "now", "cli-help-now"),
    ("ics", "treated", "cli-help-treated"),
    ("ics", "tz", "cli-help-tz"),
    ("ics", "protocol", "cli-help-protocol"),
    ("ics", "now", "cli-help-now"),
    ("plan", "checkin_at", "cli-help-checkin-at"),
    ("plan", "quiet", "cli-help-quiet"),
    ("plan", "moved_to", "cli-help-moved-to"),
    ("ics", "checkin_at", "cli-help-checkin-at"),
    ("ics", "quiet", "cli-help-quiet"),
    ("can", "json", "cli-help-json"),
    ("plan", "json", "cli-help-json"),
    ("history", "json", "cli-help-json"),
    ("treatment list", "json", "cli-help-json"),
    ("photo list", "json", "cli-help-json"),
    ("reminders", "json", "cli-help-json"),
];

/// The placeholders of values (`--redness <REDNESS>`), by clap's English name: a
/// placeholder is a word the client reads, so it comes from the catalog too.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("AREA", "cli-value-area"),
    ("AT", "cli-value-at"),
    ("BREAKOUTS", "cli-value-breakouts"),
    ("CHECKIN_AT", "cli-value-checkin-at"),
    ("CLINIC", "cli-value-clinic"),
    ("CLINIC_NAME", "cli-value-clinic-name"),
    ("CLINIC_PHONE", "cli-value-clinic-phone"),
    ("COMMAND", "cli-value-command"),
    ("DATE", "cli-value-date"),
    ("DB", "cli-value-db"),
    ("EMERGENCY_NUMBER", "cli-value-emergency-number"),
    ("ENDED", "cli-value-ended"),
    ("FILE", "cli-value-file"),
    ("GRACE_MINUTES", "cli-value-grace-minutes"),
    ("ID", "cli-value-id"),
    ("MOVED_TO", "cli-value-moved-to"),
    ("NAME", "cli-value-name"),
    ("NOTES", "cli-value-notes"),
    ("NOW", "cli-value-now"),
    ("NUMBER", "cli-value-number"),
    ("OUT", "cli-value-out"),
    ("PAIN", "cli-value-pain"),
    ("PICKS", "cli-value-picks"),
    ("PROTOCOL", "cli-value-protocol"),
    ("QUERY", "cli-value-query"),
    ("QUIET", "cli-value-quiet"),
    ("REDNESS", "cli-value-redness"),
    ("SERIES_LENGTH", "cli-value-series-length"),
    ("SERIES_NUMBER", "cli-value-series-number"),
    ("SWELLING", "cli-value-swelling"),
    ("TREATED", "cli-value-treated"),
    ("TREATMENT", "cli-value-treatment"),
    ("TZ", "cli-value-tz"),
];

/// The catalog's id for `arg`'s placeholder, for an argument that takes a value.
fn value_name(arg: &clap::Arg) -> Option<&'static str> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let english = arg
        .get_value_names()
        .and_then(|n| n.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string());
    VALUE_NAMES.iter().find(|(name, _)| *name == english).map(|(_, id)| *id)
}

/// `cmd` with every about, argument help and heading in `language`.
pub fn localized(mut cmd: Command, language: Language) -> Command {
    let say = |id: &str| language.text(id, &[]);
    for (path, arg, id) in HELP {
        let path: Vec<&str> = path.split_whitespace().collect();
        cmd = put(cmd, &path, arg, say(id));
    }
    for sign in Symptom::ALL {
        // The form asks these two apart from the boxes, with more words than a switch needs.
        let id = match sign {
            Symptom::BreathingTrouble => "cli-help-breathing-trouble",
            Symptom::DarkPatches => "cli-help-dark-patches",
            _ => sign.message(),
        };
        cmd = put(cmd, &["checkin"], sign.field(), say(id));
    }
    // clap adds its own flags and the `help` command when it builds: build first, then word
    // them, with the headings, in every command.
    cmd.build();
    words(cmd, &|id| say(id))
}

fn put(cmd: Command, path: &[&str], arg: &str, text: String) -> Command {
    match path.split_first() {
        Some((sub, rest)) => cmd.mut_subcommand(*sub, |c| put(c, rest, arg, text)),
        None if arg.is_empty() => cmd.about(text),
        None => cmd.mut_arg(arg, |a| a.help(text)),
    }
}

fn words(cmd: Command, say: &dyn Fn(&str) -> String) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        say("cli-help-usage")
    );
    let (options, arguments) = (say("cli-help-options"), say("cli-help-arguments"));
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    let cmd = cmd
        .help_template(template)
        .subcommand_help_heading(say("cli-help-commands"))
        .mut_args(|a| {
            let heading = if a.is_positional() { &arguments } else { &options };
            // The catalog's words name a default where it helps, in the language.
            let a = a.help_heading(heading.clone()).hide_default_value(true);
            let a = match value_name(&a) {
                Some(id) => a.value_name(say(id)),
                None => a,
            };
            match a.get_id().as_str() {
                "help" => a.help(say("cli-help-help")),
                "version" => a.help(say("cli-help-version")),
                _ => a,
            }
        });
    let mut cmd = cmd.subcommand_value_name(say("cli-value-command"));
    // clap writes "[OPTIONS]" into the usage line itself; the rest of the line is already
    // in the language (placeholders above), so only that word is swapped.
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let options = format!("[{}]", say("cli-value-options"));
    cmd = cmd.override_usage(usage.replace("[OPTIONS]", &options));
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand(name, |c| words(c.about(say("cli-help-help-command")), say))
        } else {
            cmd.mut_subcommand(name, |c| words(c, say))
        };
    }
    cmd
}

/// A mistake on the command line, worded in `language`, and the exit clap would make (help
/// and version print as asked). Kinds the catalog has no words for are clap's own (English).
pub fn exit_with(e: clap::Error, language: Language) -> ! {
    if let Some(message) = mistake(&e, language) {
        eprintln!("aftercare: {message}");
        eprintln!("{}", language.text("cli-error-more", &[]));
        std::process::exit(2);
    }
    e.exit()
}

fn mistake(e: &clap::Error, language: Language) -> Option<String> {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = || context(ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(ContextKind::InvalidValue).unwrap_or_default();
    let say = |id: &str, args: &[(&str, Arg)]| language.text(id, args);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => say("cli-error-unknown-argument", &[("arg", arg().into())]),
        ErrorKind::InvalidSubcommand => say(
            "cli-error-unknown-command",
            &[(
                "command",
                context(ContextKind::InvalidSubcommand).unwrap_or_default().into(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => say("cli-error-missing", &[("args", arg().into())]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let message = say(
                "cli-error-invalid-value",
                &[("arg", arg().into()), ("value", value().into())],
            );
            match expected(e, language) {
                Some(what) => format!("{message}: {what}"),
                None => message,
            }
        }
        ErrorKind::TooManyValues => say(
            "cli-error-too-many",
            &[("arg", arg().into()), ("value", value().into())],
        ),
        ErrorKind::ArgumentConflict => {
            let other = context(ContextKind::PriorArg).unwrap_or_default();
            // clap calls an option given twice a conflict with itself.
            if other == arg() {
                say("cli-error-twice", &[("arg", arg().into())])
            } else {
                say("cli-error-conflict", &[("arg", arg().into()), ("other", other.into())])
            }
        }
        ErrorKind::InvalidUtf8 => say("cli-error-not-utf8", &[]),
        ErrorKind::MissingSubcommand => say(
            "cli-error-missing-command",
            &[
                (
                    "command",
                    context(ContextKind::InvalidSubcommand).unwrap_or_default().into(),
                ),
                (
                    "commands",
                    context(ContextKind::ValidSubcommand).unwrap_or_default().into(),
                ),
            ],
        ),
        // Help and version are not mistakes; the other kinds need options this command
        // line doesn't have (value counts, `--opt=value` only).
        _ => return None,
    };
    let suggested = context(ContextKind::SuggestedSubcommand).or_else(|| context(ContextKind::SuggestedArg));
    Some(match suggested {
        Some(meant) => format!("{message}. {}", say("cli-did-you-mean", &[("name", meant.into())])),
        None => message,
    })
}

/// What a number option takes, from why clap's parser refused the value.
fn expected(e: &clap::Error, language: Language) -> Option<String> {
    let source = std::error::Error::source(e)?;
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return Some(language.text("cli-error-whole-number", &[]));
    }
    // clap's ranged parsers say "300 is not in 0..=255".
    let text = source.to_string();
    let (_, range) = text.split_once(" is not in ")?;
    let (min, max) = range.split_once("..=")?;
    Some(language.text("cli-error-range", &[("min", min.into()), ("max", max.into())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_argument_has_its_words_in_every_language() {
        for language in Language::ALL {
            let cmd = localized(crate::args::Cli::command(), language);
            cmd.clone().debug_assert();
            let mut missing = Vec::new();
            check(&cmd, "aftercare", &mut missing);
            assert!(missing.is_empty(), "{language:?}: no words for {missing:?}");
        }
        // Every placeholder of a value has words (clap's own English name otherwise shows).
        let mut cmd = crate::args::Cli::command();
        cmd.build();
        let mut nameless = Vec::new();
        placeholders(&cmd, "aftercare", &mut nameless);
        assert!(nameless.is_empty(), "no words for the placeholders of {nameless:?}");
        for (_, id) in VALUE_NAMES {
            assert_ne!(Language::German.text(id, &[]), *id, "{id} is not in the catalog");
        }
        // Every message the table names is in the catalog, and German in German (the
        // catalog falls back to English, then to the id itself, so neither would show).
        for (_, _, id) in HELP {
            let (english, german) = (Language::English.text(id, &[]), Language::German.text(id, &[]));
            assert_ne!(english, *id, "{id} is not in the catalog");
            assert_ne!(german, english, "{id} is not German");
        }
    }

    fn placeholders(cmd: &Command, path: &str, nameless: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            if a.get_action().takes_values() && value_name(a).is_none() {
                nameless.push(format!("{path} {}", a.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            placeholders(sub, &format!("{path} {}", sub.get_name()), nameless);
        }
    }

    fn check(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        if cmd.get_about().is_none_or(|a| a.to_string().is_empty()) {
            missing.push(path.to_string());
        }
        for a in cmd.get_arguments() {
            if a.get_help().is_none_or(|h| h.to_string().is_empty()) {
                missing.push(format!("{path} {}", a.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            check(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }

    #[test]
    fn german_help_is_german() {
        let mut cmd = localized(crate::args::Cli::command(), Language::German);
        let top = cmd.render_help().to_string();
        for words in [
            "Aufruf: aftercare",
            "Befehle",
            "Optionen",
            "Hilfe anzeigen",
            "Ihre Nachsorge",
        ] {
            assert!(top.contains(words), "{words:?} missing: {top}");
        }
        let checkin = cmd
            .find_subcommand_mut("checkin")
            .expect("checkin")
            .render_help()
            .to_string();
        for words in [
            "0 keine, 1 kaum",
            "Haut fühlt sich warm an",
            "Die Datenbankdatei",
            "Optionen:",
            "Aufruf: aftercare checkin [OPTIONEN] --redness <RÖTUNG>",
            "--date <DATUM>",
        ] {
            assert!(checkin.contains(words), "{words:?} missing: {checkin}");
        }
        for english in [
            "Usage",
            "Options",
            "OPTIONS",
            "<DATE>",
            "Print help",
            "Number of new spots",
        ] {
            assert!(!checkin.contains(english), "English {english:?} in: {checkin}");
        }
    }

    #[test]
    fn mistakes_on_the_command_line_are_worded_in_the_language() {
        let cmd = || localized(crate::args::Cli::command(), Language::German);
        let said = |args: &[&str]| {
            let e = cmd().try_get_matches_from(args).expect_err("a mistake");
            mistake(&e, Language::German).expect("words for it")
        };
        assert_eq!(
            said(&["aftercare", "plna"]),
            "unbekannter Befehl „plna“. Meinten Sie plan?"
        );
        assert_eq!(said(&["aftercare", "--frob"]), "unerwartetes Argument „--frob“");
        assert_eq!(said(&["aftercare", "checkin"]), "Es fehlt: --redness <RÖTUNG>");
        assert_eq!(
            said(&["aftercare", "checkin", "--redness", "x"]),
            "„x“ passt nicht zu --redness <RÖTUNG>: eine ganze Zahl, etwa 2"
        );
        assert_eq!(
            said(&["aftercare", "settings", "--series-length", "300"]),
            "„300“ passt nicht zu --series-length <ANZAHL>: eine Zahl von 0 bis 255"
        );
        assert_eq!(said(&["aftercare", "ics", "--json"]), "unerwartetes Argument „--json“");
        assert_eq!(
            said(&["aftercare", "treatment", "--db", "x.db"]),
            "„aftercare treatment“ braucht einen Befehl: add, list, help"
        );
        assert_eq!(
            said(&["aftercare", "checkin", "--redness", "2", "--redness", "3"]),
            "--redness <RÖTUNG> ist doppelt angegeben: bitte nur einmal"
        );
        // Bytes that are not UTF-8, as a Unix shell can pass them.
        #[cfg(unix)]
        {
            use std::ffi::OsString;
            use std::os::unix::ffi::OsStringExt;
            let not_text = OsString::from_vec(b"\xff".to_vec());
            let args = [
                OsString::from("aftercare"),
                "checkin".into(),
                "--redness".into(),
                not_text,
            ];
            let e = cmd().try_get_matches_from(args).expect_err("not UTF-8");
            assert_eq!(
                mistake(&e, Language::German).as_deref(),
                Some("ein Argument ist kein gültiger Text (UTF-8)")
            );
        }
        assert_eq!(
            said(&["aftercare", "history", "--json=3"]),
            "--json nimmt keinen Wert, auch nicht „3“"
        );
        // Asking for help is not a mistake: clap prints it (in the language, see above).
        let help = cmd().try_get_matches_from(["aftercare", "--help"]).expect_err("help");
        assert_eq!(help.kind(), ErrorKind::DisplayHelp);
        assert!(mistake(&help, Language::German).is_none());
    }
}
