// Which catalog a language is written from ("en-XA" is English, accented by i18n.ts). Each is
// a chunk of its own, fetched once the backend has named the language, while the app's own
// chunks load: the page never fetches or parses a language it doesn't show.
export async function catalog(language: string): Promise<string> {
  const m = language === "de" ? await import("../../../locales/de.ftl?raw") : await import("../../../locales/en.ftl?raw");
  return m.default;
}
