// The page's words, from the same Fluent catalog as the Rust side (locales/*.ftl). The
// language is decided by the backend (the client's choice in Settings, else the device's)
// and set once, before the app mounts; changing it in Settings reloads the page. Only that
// language's catalog is fetched and parsed (see `catalog`): every catalog has every message
// (a Rust test checks), so there is no second one to fall back on.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = [..."åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"];

/** The pseudo-locale: every ASCII letter accented, every vowel (and y) doubled (the same
 * transform as crates/i18n; both are checked against locales/pseudo-cases.json). */
export function pseudo(text: string): string {
  let out = "";
  for (const c of text) {
    const i = PLAIN.indexOf(c);
    if (i < 0) {
      out += c;
      continue;
    }
    out += "aeiouyAEIOUY".includes(c) ? ACCENTED[i] + ACCENTED[i] : ACCENTED[i];
  }
  return out;
}

function bundle(tag: string, messages: FluentResource["body"], accented: boolean): FluentBundle {
  const b = new FluentBundle(tag, { useIsolating: false, transform: accented ? pseudo : (s) => s });
  // The catalog comes parsed (lib/catalog.ts): a resource around its messages.
  const resource = new FluentResource("");
  resource.body = messages;
  b.addResource(resource);
  return b;
}

let current: FluentBundle | null = null;
let tag = "en";
let dates = "en";

/** Sets the language for every `t` from now on ("en", "de" or "en-XA"), from its catalog,
 * and the tag the page's own dates are written with ("en-US", "en-GB", "de"; Rust decides it
 * from the device's region, as it writes its own). */
export function setLanguage(language: string, messages: FluentResource["body"], datesTag: string = language) {
  tag = language;
  dates = datesTag;
  current = bundle(language, messages, language === "en-XA");
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

/** The language in use, as a BCP 47 tag (for Intl's formats too). */
export function language(): string {
  return tag;
}

/** The tag the page formats dates with (`Intl`), as `setLanguage` was given it. */
export function datesLocale(): string {
  return dates;
}

/** The message `id` with its arguments (numbers choose plurals); the id itself if missing. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const m = current?.getMessage(id);
  return current && m?.value ? current.formatPattern(m.value, args) : id;
}
