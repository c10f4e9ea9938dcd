// Which catalog a language is written from ("en-XA" is English, accented by i18n.ts). Each is
// a chunk of its own, already parsed at build time (vite.config.ts), fetched once the backend
// has named the language while the app's own chunks load: the page never fetches a language
// it doesn't show, and never runs the Fluent parser.
import type { FluentResource } from "@fluent/bundle";

export type Catalog = FluentResource["body"];

export async function catalog(language: string): Promise<Catalog> {
  const m = language === "de" ? await import("../../../locales/de.ftl?ast") : await import("../../../locales/en.ftl?ast");
  return m.default;
}
