import { describe, expect, it } from "vitest";
import { toAppError, wholeNumber } from "./api";

describe("wholeNumber", () => {
  const spots = (typed: unknown) => wholeNumber(typed, "breakouts", "the number of new spots", 0, 500);
  it("takes a whole number in range as typed", () => {
    expect(spots("2")).toEqual({ ok: true, value: 2 });
    expect(spots(" 500 ")).toEqual({ ok: true, value: 500 });
    expect(spots("0")).toEqual({ ok: true, value: 0 });
  });
  it("never turns what was typed into something else", () => {
    for (const [typed, words] of [
      ["", /Enter the number of new spots/],
      [null, /Enter/],
      ["abc", /not "abc"/],
      ["2.5", /whole number, like 2, not 2.5/],
      ["2,5", /whole number/],
      ["-3", /from 0 to 500, not -3/],
      ["99999999999", /from 0 to 500/],
      ["1e3", /not "1e3"/],
    ] as const) {
      const r = spots(typed);
      expect(r.ok, String(typed)).toBe(false);
      if (!r.ok) {
        expect(r.error.field).toBe("breakouts");
        expect(r.error.message).toMatch(words);
      }
    }
  });
});

describe("toAppError", () => {
  it("keeps the app's own errors", () => {
    expect(toAppError({ code: "invalid", message: "No.", field: "pain" })).toEqual({ code: "invalid", message: "No.", field: "pain" });
  });
  it("gives Tauri's own refusals the same shape, naming the argument", () => {
    const e = toAppError("invalid args `id` for command `remove_event`: invalid type: string \"x\", expected i64");
    expect(e.code).toBe("bad-input");
    expect(e.field).toBe("id");
    expect(e.message.length).toBeGreaterThan(10);
  });
  it("never yields an empty message", () => {
    expect(toAppError(undefined).message).toMatch(/nothing was changed/);
    expect(toAppError("").message.length).toBeGreaterThan(0);
  });
});
