// Pure helpers for the screens (unit-tested in format.test.ts).
import { datesLocale, pseudo, t } from "./i18n";

/** "35 min", "9 h 5 min", "14 h", "2 d 3 h": the product's one countdown rule, shared with the
 * core's answers (crates/core/countdown-cases.json): round up to the minute, so a countdown
 * never says a moment early; whole hours, rounded up, from 10 h. */
export function countdown(ms: number): string {
  if (ms <= 0) return t("countdown-now");
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return t("countdown-minutes", { minutes });
  const h = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (h < 10) return rest > 0 ? t("countdown-hours-minutes", { hours: h, minutes: rest }) : t("countdown-hours", { hours: h });
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return t("countdown-hours", { hours });
  const days = Math.floor(hours / 24);
  const left = hours % 24;
  return left > 0 ? t("countdown-days-hours", { days, hours: left }) : t("countdown-days", { days });
}

const REDNESS_WORDS = ["redness-0", "redness-1", "redness-2", "redness-3", "redness-4"];
const REDNESS_HINTS = ["redness-0-hint", "redness-1-hint", "redness-2-hint", "redness-3-hint", "redness-4-hint"];

/** The redness scale in the client's language (a function: the language is set at start). */
export function rednessScale(): { score: number; word: string; hint: string }[] {
  return REDNESS_WORDS.map((id, score) => ({ score, word: t(id), hint: t(REDNESS_HINTS[score]) }));
}

/** The swelling scale's words, 0 to 3. */
export function swellingScale(): string[] {
  return ["swelling-0", "swelling-1", "swelling-2", "swelling-3"].map((id) => t(id));
}


/** A linear scale from a domain to a pixel range. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Points as an SVG path ("M x y L x y …"); gaps (missing days) start a new segment. */
export function linePath(points: { x: number; y: number | null }[]): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p.y === null || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${p.x.toFixed(1)} ${p.y.toFixed(1)} `;
    pen = true;
  }
  return d.trim();
}

/** Days 1..n for the chart's x axis: at least the first week, and up to today. */
export function dayAxis(today: number, lastLogged: number): number[] {
  const n = Math.max(8, today, lastLogged);
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Share of the axis covered by [start, end] days, clamped to [0, 1], for the timeline bars. */
export function span(start: number, end: number, last: number): { left: number; width: number } {
  const clamp = (v: number) => Math.min(1, Math.max(0, v / (last || 1)));
  const left = clamp(start);
  return { left, width: Math.max(0.01, clamp(end) - left) };
}

/** A `tel:` link from a number as people write it. */
export function telHref(phone: string): string {
  return "tel:" + phone.replace(/[^\d+]/g, "");
}

/** Items by the date they ring on in the client's zone (the date part of `next.iso`), in order. */
export function byDay<T extends { next: { iso: string } }>(items: T[]): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = item.next.iso.slice(0, 10);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** Whole days from `today` to `day`, both `YYYY-MM-DD` (calendar days, no clock involved). */
export function daysFrom(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "Today", "Tomorrow", or the date as the language writes it ("Saturday 28 November"),
 * in the device's region as the Rust side writes it ("Saturday, November 28" in the US). */
export function dayHeading(day: string, today: string, locale: string = datesLocale()): string {
  const n = daysFrom(today, day);
  if (n === 0) return t("day-today");
  if (n === 1) return t("day-tomorrow");
  return dateIn(day, { weekday: "long", day: "numeric", month: "long" }, locale);
}

/** A `YYYY-MM-DD` date as the language writes it: "Thu 26 November", "Do., 26. November". */
export function dateLabel(day: string, locale: string = datesLocale()): string {
  return dateIn(day, { weekday: "short", day: "numeric", month: "long" }, locale);
}

/** Several days in a sentence. Each may hold a comma of its own ("Thu, November 26" in the
 * US), so they are parted with semicolons. */
export function dayList(days: string[], locale: string = datesLocale()): string {
  return days.map((d) => dateLabel(d, locale)).join("; ");
}

/** A date in the dates' tag (`datesLocale`): "en-US" as America writes it, "en" or "en-GB" as
 * Britain does (as the Rust side writes both), the pseudo-locale British and accented. */
export function dateIn(day: string, parts: Intl.DateTimeFormatOptions, locale: string = datesLocale()): string {
  const tag = locale === "en" || locale === "en-XA" ? "en-GB" : locale;
  const fmt = new Intl.DateTimeFormat(tag, { ...parts, timeZone: "UTC" });
  // The day's number stays with its month ("23.\u00a0Dezember" never breaks after "23."), and
  // English has no comma after the weekday, as the Rust side writes it ("Thu 26 Nov").
  const raw = fmt.format(new Date(`${day}T12:00:00Z`));
  const text = (tag === "en-GB" ? raw.replace(/,/g, "") : raw).replace(/(\d+\.?) /g, "$1\u00a0");
  return locale === "en-XA" ? pseudo(text) : text;
}

/** A phone number that never breaks across lines ("+49 30 1234567"). */
export function unbroken(phone: string): string {
  return phone.replace(/ /g, "\u00a0");
}
