//! A protocol in the client's language. A protocol carries its own texts per language
//! (`[rule.texts.de]` beside the English), not message ids into the app's catalog: a
//! clinic writes rules and sentences the catalog can't know, in its clients' languages.
//! A text a protocol lacks in a language reads in English; the pseudo-locale is English
//! through the same transform as the catalog.

use std::collections::BTreeMap;

use aftercare_i18n::Language;

use super::Protocol;

/// The text in `tag`, else the English one.
fn pick<T>(texts: &BTreeMap<String, T>, tag: &str, english: &str, field: impl Fn(&T) -> Option<&String>) -> String {
    texts
        .get(tag)
        .and_then(field)
        .cloned()
        .unwrap_or_else(|| english.to_string())
}

/// Where a protocol in another language keeps its English texts, so it can turn back.
const ENGLISH: &str = "en";

impl Protocol {
    /// This protocol with every text a client reads in `language` (from any language: the
    /// English texts travel along).
    pub fn in_language(&self, language: Language) -> Protocol {
        let mut p = self.clone();
        if self.language != Language::English {
            p.translate(ENGLISH);
        }
        p.language = language;
        if language != Language::English {
            p.keep_english();
        }
        match language {
            Language::English => {}
            Language::Pseudo => p.each_text(|s| *s = aftercare_i18n::pseudo(s)),
            other => p.translate(other.tag()),
        }
        p
    }

    /// Keeps the English texts beside the translations (under "en", which a file can't use).
    fn keep_english(&mut self) {
        self.texts
            .entry(ENGLISH.into())
            .or_insert_with(|| super::ProtocolTexts {
                name: Some(self.name.clone()),
            });
        for r in &mut self.rules {
            let english = super::RuleTexts {
                title: Some(r.title.clone()),
                advice: Some(r.advice.clone()),
                tip: r.tip.clone(),
                start_message: r.start_message.clone(),
                end_title: r.end_title.clone(),
                end_message: r.end_message.clone(),
            };
            r.texts.entry(ENGLISH.into()).or_insert(english);
        }
        for n in &mut self.expected {
            let english = super::ExpectedTexts {
                title: Some(n.title.clone()),
                text: Some(n.text.clone()),
            };
            n.texts.entry(ENGLISH.into()).or_insert(english);
        }
        for q in &mut self.questions {
            let english = super::QuestionTexts {
                label: Some(q.label.clone()),
            };
            q.texts.entry(ENGLISH.into()).or_insert(english);
        }
    }

    /// Every text in `tag` where the protocol has one; the others stay as they are.
    fn translate(&mut self, tag: &str) {
        self.name = pick(&self.texts, tag, &self.name, |t| t.name.as_ref());
        for r in &mut self.rules {
            let t = &r.texts;
            r.title = pick(t, tag, &r.title, |t| t.title.as_ref());
            r.advice = pick(t, tag, &r.advice, |t| t.advice.as_ref());
            let optional = |english: &Option<String>, field: fn(&super::RuleTexts) -> Option<&String>| {
                english.as_ref().map(|e| pick(t, tag, e, field))
            };
            r.tip = optional(&r.tip, |t| t.tip.as_ref());
            r.start_message = optional(&r.start_message, |t| t.start_message.as_ref());
            r.end_title = optional(&r.end_title, |t| t.end_title.as_ref());
            r.end_message = optional(&r.end_message, |t| t.end_message.as_ref());
        }
        for n in &mut self.expected {
            n.title = pick(&n.texts, tag, &n.title, |t| t.title.as_ref());
            n.text = pick(&n.texts, tag, &n.text, |t| t.text.as_ref());
        }
        for q in &mut self.questions {
            q.label = pick(&q.texts, tag, &q.label, |t| t.label.as_ref());
        }
    }

    /// Every text a client reads, changed by `f`.
    fn each_text(&mut self, mut f: impl FnMut(&mut String)) {
        f(&mut self.name);
        for r in &mut self.rules {
            f(&mut r.title);
            f(&mut r.advice);
            for s in [&mut r.tip, &mut r.start_message, &mut r.end_title, &mut r.end_message]
                .into_iter()
                .flatten()
            {
                f(s);
            }
        }
        for n in &mut self.expected {
            f(&mut n.title);
            f(&mut n.text);
        }
        for q in &mut self.questions {
            f(&mut q.label);
        }
    }

    /// The texts `language` lacks (falling back to English), as "rule gym: tip".
    pub fn untranslated(&self, language: Language) -> Vec<String> {
        let tag = language.tag();
        let mut missing = Vec::new();
        if matches!(language, Language::English | Language::Pseudo) {
            return missing; // both are the main texts
        }
        let mut check = |place: String, english: Option<&String>, there: Option<&String>| {
            if english.is_some() && there.is_none() {
                missing.push(place);
            }
        };
        check(
            "name".into(),
            Some(&self.name),
            self.texts.get(tag).and_then(|t| t.name.as_ref()),
        );
        for r in &self.rules {
            let t = r.texts.get(tag);
            let at = |f: &str| format!("rule {}: {f}", r.id);
            check(at("title"), Some(&r.title), t.and_then(|t| t.title.as_ref()));
            check(at("advice"), Some(&r.advice), t.and_then(|t| t.advice.as_ref()));
            check(at("tip"), r.tip.as_ref(), t.and_then(|t| t.tip.as_ref()));
            check(
                at("start_message"),
                r.start_message.as_ref(),
                t.and_then(|t| t.start_message.as_ref()),
            );
            check(
                at("end_title"),
                r.end_title.as_ref(),
                t.and_then(|t| t.end_title.as_ref()),
            );
            check(
                at("end_message"),
                r.end_message.as_ref(),
                t.and_then(|t| t.end_message.as_ref()),
            );
        }
        for n in &self.expected {
            let t = n.texts.get(tag);
            check(
                format!("expected \"{}\": title", n.title),
                Some(&n.title),
                t.and_then(|t| t.title.as_ref()),
            );
            check(
                format!("expected \"{}\": text", n.title),
                Some(&n.text),
                t.and_then(|t| t.text.as_ref()),
            );
        }
        for q in &self.questions {
            let t = q.texts.get(tag);
            check(
                format!("question {}: label", q.id),
                Some(&q.label),
                t.and_then(|t| t.label.as_ref()),
            );
        }
        missing
    }
}
