import type { ZoneOption } from "./bindings";
import { language } from "./i18n";

let regions: { tag: string; names: Intl.DisplayNames | null } | null = null;
/** Country names in the app's language (made once per language). */
function regionNames(): Intl.DisplayNames | null {
  const tag = language() === "en-XA" ? "en" : language();
  if (regions?.tag !== tag) {
    try {
      regions = { tag, names: new Intl.DisplayNames([tag, "en"], { type: "region" }) };
    } catch {
      regions = { tag, names: null };
    }
  }
  return regions.names;
}

/** The country in the client's language ("DE" → "Deutschland") where the page's Intl knows
 * it, else tzdata's English name. */
export function countryName(z: Pick<ZoneOption, "country" | "country_name">): string {
  if (!z.country) return "";
  try {
    const named = regionNames()?.of(z.country);
    if (named && named !== z.country) return named;
  } catch {
    // An unknown code: the English name below.
  }
  return z.country_name || z.country;
}

/** "Berlin, Germany (UTC+01:00)". */
export function zoneLabel(z: ZoneOption): string {
  const country = countryName(z);
  const place = country ? `${z.city}, ${country}` : z.city;
  return z.offset ? `${place} (${z.offset})` : place;
}

/** Lower case, no accents: "São" finds "Sao", "zurich" finds "Zürich". */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[_-]/g, " ");

/** Every word typed appears in the city, the country (in the client's language or as its code), the name or the offset. */
export function zoneMatches(z: ZoneOption, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(`${z.city} ${countryName(z)} ${z.country_name} ${z.country} ${z.name} ${z.offset.replace("\u2212", "-")}`);
  return words.every((w) => hay.includes(w));
}
