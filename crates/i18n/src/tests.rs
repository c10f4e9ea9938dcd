use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each message's id and the variables it uses (`{ $count }`), from a catalog's source.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if starts_message {
            let id = line.split('=').next().unwrap_or("").trim().to_string();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                rest = &rest[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

fn sources(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if !matches!(name, "node_modules" | "target" | "dist" | "tests") {
                sources(&p, out);
            }
        } else if [".rs", ".svelte", ".ts"].iter().any(|x| name.ends_with(x))
            && !name.ends_with(".test.ts")
            && name != "bindings.ts"
            && p != root().join("crates/i18n/src/tests.rs")
        {
            out.push((p.clone(), std::fs::read_to_string(&p).unwrap_or_default()));
        }
    }
}

/// Every file that can show a client a message: the page and the Rust crates.
fn all_sources() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for dir in ["ui/src", "crates", "src-tauri/src"] {
        sources(&root().join(dir), &mut out);
    }
    assert!(out.len() > 50, "found only {} source files", out.len());
    out
}

#[test]
fn both_catalogs_parse_without_errors() {
    for (tag, source) in [("en", ENGLISH_FTL), ("de", GERMAN_FTL)] {
        if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
            panic!("{tag}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = messages(ENGLISH_FTL);
    let de = messages(GERMAN_FTL);
    assert!(en.len() > 50, "{} messages", en.len());
    let only_en: Vec<_> = en.keys().filter(|k| !de.contains_key(*k)).collect();
    let only_de: Vec<_> = de.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "de.ftl lacks {only_en:?}");
    assert!(only_de.is_empty(), "en.ftl lacks {only_de:?}");
    for (id, vars) in &en {
        assert_eq!(vars, &de[id], "{id}: the German message uses other variables");
    }
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let en = messages(ENGLISH_FTL);
    let files = all_sources();
    let unused: Vec<_> = en
        .keys()
        .filter(|id| !files.iter().any(|(_, text)| text.contains(&format!("\"{id}\""))))
        .collect();
    assert!(unused.is_empty(), "messages no source file uses: {unused:?}");
    // What the sources ask for: t("id") on the page, .text("id") and say("id") in Rust.
    let mut missing = Vec::new();
    for (path, text) in &files {
        for call in ["t(\"", ".text(\"", "say(\""] {
            for (i, _) in text.match_indices(call) {
                // `t("` as a call of its own, not the end of `get("` or `expect("`.
                let before = text[..i].chars().next_back();
                if call.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let id: String = text[i + call.len()..].chars().take_while(|c| *c != '"').collect();
                if id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !en.contains_key(&id)
                {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "asked for, not in the catalog: {missing:?}");
}

#[test]
fn pseudo_is_the_same_transform_as_the_page() {
    let cases: Vec<(String, String)> =
        serde_json_cases(&std::fs::read_to_string(root().join("locales/pseudo-cases.json")).expect("cases"));
    assert!(cases.len() >= 5);
    for (plain, accented) in cases {
        assert_eq!(pseudo(&plain), accented, "{plain}");
    }
    // Placeables are left alone: only the catalog's own words change.
    let t = Language::Pseudo.text("reminders-missed", &[("count", 3_i64.into())]);
    assert_eq!(t, "Ṁîîššééđ (3)");
}

/// `[["plain", "accented"], …]`, read without a JSON crate: the file is flat and ours.
fn serde_json_cases(s: &str) -> Vec<(String, String)> {
    let strings: Vec<String> = s.split('"').skip(1).step_by(2).map(str::to_string).collect();
    strings.chunks(2).map(|p| (p[0].clone(), p[1].clone())).collect()
}

#[test]
fn plurals_and_numbers_follow_each_language() {
    let n = |l: Language, c: i64| l.text("reminders-day-count", &[("count", c.into())]);
    assert_eq!(n(Language::English, 1), "1 reminder");
    assert_eq!(n(Language::English, 3), "3 reminders");
    assert_eq!(n(Language::German, 1), "1 Erinnerung");
    assert_eq!(n(Language::German, 3), "3 Erinnerungen");
    let s = |l: Language, c: i64| l.text("reminders-snoozed-times", &[("count", c.into())]);
    assert_eq!(s(Language::English, 1), "snoozed once");
    assert_eq!(s(Language::German, 2), "2-mal verschoben");
}

#[test]
fn text_has_no_direction_marks_and_falls_back_to_the_id() {
    let t = Language::German.text("zone-picked", &[("zone", "Berlin, Deutschland (UTC+01:00)".into())]);
    assert_eq!(t, "Gewählt: Berlin, Deutschland (UTC+01:00)");
    assert!(!t.contains(['\u{2068}', '\u{2069}']));
    assert_eq!(Language::German.text("no-such-message", &[]), "no-such-message");
}

#[test]
fn the_system_language_is_read_from_the_environment() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(
        Language::of_environment(env(&[("LANG", "de_DE.UTF-8")])),
        Language::German
    );
    assert_eq!(
        Language::of_environment(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "en_GB.UTF-8")])),
        Language::English
    );
    assert_eq!(
        Language::of_environment(env(&[("LANGUAGE", "fr:de"), ("LANG", "fr_FR.UTF-8")])),
        Language::German
    );
    // The preferred list comes first.
    assert_eq!(
        Language::of_environment(env(&[("LANGUAGE", "de"), ("LC_ALL", "en_GB.UTF-8")])),
        Language::German
    );
    assert_eq!(
        Language::of_environment(env(&[("LC_ALL", "C.UTF-8"), ("LANG", "de_AT")])),
        Language::German
    );
    assert_eq!(
        Language::of_environment(env(&[("LANG", "fr_FR.UTF-8")])),
        Language::English
    );
    assert_eq!(Language::of_environment(env(&[])), Language::English);
    assert_eq!(Language::from_tag("en-XA"), Some(Language::Pseudo));
    assert_eq!(Language::from_tag("de-CH"), Some(Language::German));
    assert_eq!(Language::from_tag("ja"), None);
    for l in Language::ALL {
        assert_eq!(Language::from_tag(l.tag()), Some(l));
        assert_eq!(Language::of_tag(l.tag()), Some(l));
    }
    assert_eq!(Language::of_tag("de-DE"), None, "stored tags are exact");
}

#[test]
fn refusals_follow_the_language_the_app_makes_current() {
    // The only test in this binary that changes it; it puts English back.
    assert_eq!(
        Language::current(),
        Language::English,
        "English until the app says otherwise"
    );
    assert_eq!(say("invalid-date-empty", &[]), "Pick a date.");
    Language::German.make_current();
    assert_eq!(say("invalid-date-empty", &[]), "Wählen Sie ein Datum.");
    Language::Pseudo.make_current();
    assert_eq!(Language::current(), Language::Pseudo);
    Language::English.make_current();
    assert_eq!(say("invalid-date-empty", &[]), "Pick a date.");
    assert_eq!(Language::English.mid_sentence("No gym"), "no gym");
    assert_eq!(
        Language::German.mid_sentence("Direkte Sonne meiden"),
        "Direkte Sonne meiden"
    );
}
