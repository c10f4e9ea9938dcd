//! The pseudo-locale's transform, the same as the page's (`ui/src/lib/i18n.ts`); both are
//! checked against `locales/pseudo-cases.json`.

use std::borrow::Cow;

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

/// Every ASCII letter accented, every vowel (and y) doubled: readable, and about a third
/// longer, like a long language.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match PLAIN.chars().position(|p| p == c) {
            Some(i) => {
                let a = ACCENTED.chars().nth(i).unwrap_or(c);
                out.push(a);
                if "aeiouyAEIOUY".contains(c) {
                    out.push(a);
                }
            }
            None => out.push(c),
        }
    }
    out
}

pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
}
