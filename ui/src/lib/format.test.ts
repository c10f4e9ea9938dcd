import { describe, expect, it } from "vitest";
import { byDay, countdown, dateIn, dateLabel, dayAxis, dayList, dayHeading, daysFrom, linePath, scale, span, telHref } from "./format";
// The product's one countdown rule, shared with the core's answers.
import shared from "../../../crates/core/countdown-cases.json";
import dateCases from "../../../locales/date-cases.json";

const MIN = 60_000;
const H = 60 * MIN;

describe("countdown", () => {
  it("follows the product's one rule, the cases the core's answers are tested against", () => {
    const cases = shared.cases as [number, string][];
    expect(cases.length).toBeGreaterThan(10);
    for (const [ms, text] of cases) expect(`${ms}: ${countdown(ms)}`).toBe(`${ms}: ${text}`);
  });

  it("rounds up, so it never reaches zero early", () => {
    expect(countdown(1)).toBe("1 min");
    expect(countdown(59 * MIN + 1)).toBe("1 h");
  });
  it("speaks in minutes, hours, then days", () => {
    expect(countdown(35 * MIN)).toBe("35 min");
    expect(countdown(2 * H + 30 * MIN)).toBe("2 h 30 min");
    expect(countdown(14 * H)).toBe("14 h");
    expect(countdown(14 * H - 20 * MIN)).toBe("14 h");
    expect(countdown(50 * H)).toBe("2 d 2 h");
    expect(countdown(72 * H)).toBe("3 d");
  });
  it("says now once the moment has passed", () => {
    expect(countdown(0)).toBe("now");
    expect(countdown(-5 * MIN)).toBe("now");
  });
});

describe("labels", () => {
  it("dials only digits and a leading plus", () => {
    expect(telHref("+49 (30) 123-45")).toBe("tel:+493012345");
  });
  it("parts days in a sentence with semicolons, as their own commas would run together", () => {
    expect(dayList(["2026-11-26", "2026-11-27"], "en-US")).toBe("Thu, November 26; Fri, November 27");
    // (ICU keeps a day with its month by a no-break space in British English and German.)
    const spaced = (s: string) => s.replace(/\u00a0/g, " ");
    expect(spaced(dayList(["2026-11-26", "2026-11-27"], "de"))).toBe("Do., 26. November; Fr., 27. November");
    expect(spaced(dayList(["2026-11-26"], "en"))).toBe("Thu 26 November");
  });
});

describe("chart helpers", () => {
  it("scales linearly, also inverted for SVG's y axis", () => {
    const y = scale(0, 4, 100, 0);
    expect(y(0)).toBe(100);
    expect(y(4)).toBe(0);
    expect(y(2)).toBe(50);
  });
  it("breaks the line where a day is missing", () => {
    const d = linePath([
      { x: 0, y: 1 },
      { x: 10, y: 2 },
      { x: 20, y: null },
      { x: 30, y: 3 },
    ]);
    expect(d).toBe("M0.0 1.0 L10.0 2.0 M30.0 3.0");
  });
  it("shows at least the first week", () => {
    expect(dayAxis(2, 2)).toHaveLength(8);
    expect(dayAxis(12, 10)).toHaveLength(12);
  });
  it("clamps timeline bars to the axis", () => {
    expect(span(0, 2, 8)).toEqual({ left: 0, width: 0.25 });
    expect(span(-1, 20, 8)).toEqual({ left: 0, width: 1 });
    expect(span(8, 8, 8).width).toBeGreaterThan(0);
  });
});

describe("reminders by day", () => {
  const at = (iso: string) => ({ next: { iso } });
  it("groups by the date in the client's zone, keeping the order", () => {
    const groups = byDay([at("2026-11-26T09:00:00+01:00"), at("2026-11-26T23:30:00+01:00"), at("2026-11-27T00:10:00+01:00")]);
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ["2026-11-26", 2],
      ["2026-11-27", 1],
    ]);
  });
  it("names today and tomorrow, and writes other days in the locale, across a DST change", () => {
    expect(dayHeading("2026-03-29", "2026-03-29", "en-GB")).toBe("Today");
    expect(dayHeading("2026-03-30", "2026-03-29", "en-GB")).toBe("Tomorrow");
    expect(daysFrom("2026-03-28", "2026-03-30")).toBe(2);
    expect(dayHeading("2026-03-31", "2026-03-29", "en-GB")).toBe("Tuesday 31\u00a0March");
    expect(dayHeading("2026-03-31", "2026-03-29", "de-DE")).toBe("Dienstag, 31.\u00a0März");
    // The app's English is British, like the times Rust writes; the pseudo-locale is accented.
    expect(dayHeading("2026-03-31", "2026-03-29", "en")).toBe("Tuesday 31\u00a0March");
    expect(dayHeading("2026-03-31", "2026-03-29", "en-XA")).toBe("Ţûûééšđååýý 31\u00a0Ṁååŕçĥ");
    // The photos' and the sessions' dates: as Rust writes a day ("Thu 26 Nov", "Do., 26. Nov.").
    expect(dateIn("2026-11-26", { weekday: "short", day: "numeric", month: "short" }, "en")).toBe("Thu 26\u00a0Nov");
    expect(dateIn("2026-11-26", { weekday: "short", day: "numeric", month: "short" }, "de")).toBe("Do., 26.\u00a0Nov.");
    // Where the device's region puts the month first, Rust says "en-US" and the page follows.
    expect(dayHeading("2026-03-31", "2026-03-29", "en-US")).toBe("Tuesday, March 31");
    expect(dateLabel("2026-11-26", "en-US")).toBe("Thu, November 26");
  });
  it("writes a day as Rust does, in every tag Rust gives (locales/date-cases.json)", () => {
    expect(dateCases.length).toBeGreaterThanOrEqual(36);
    for (const [day, tag, written] of dateCases) {
      // The page keeps a day's number with its month (a no-break space); Rust's text has none.
      const text = dateIn(day, { weekday: "short", day: "numeric", month: "short" }, tag).replace(/\u00a0/g, " ");
      expect([day, tag, text]).toEqual([day, tag, written]);
    }
  });
});
