import { describe, expect, it } from "vitest";
import { zoneLabel, zoneMatches } from "./zones";

const saoPaulo = { name: "America/Sao_Paulo", city: "Sao Paulo", country: "BR", country_name: "Brazil", offset: "UTC\u221203:00" };
const berlin = { name: "Europe/Berlin", city: "Berlin", country: "DE", country_name: "Germany", offset: "UTC+01:00" };
const utc = { name: "UTC", city: "UTC", country: "", country_name: "", offset: "UTC+00:00" };

describe("zone search", () => {
  it("finds a zone by city, country, name or offset, ignoring case and accents", () => {
    for (const q of ["são paulo", "SAO", "brazil", "br", "america/sao", "utc-03", "paulo brazil"]) {
      expect(zoneMatches(saoPaulo, q), q).toBe(true);
    }
    for (const q of ["berlin", "germany", "Europe/Berlin", "+01:00", "  "]) {
      expect(zoneMatches(berlin, q), q).toBe(true);
    }
  });
  it("leaves out what does not match every word", () => {
    expect(zoneMatches(berlin, "paulo")).toBe(false);
    expect(zoneMatches(saoPaulo, "paulo germany")).toBe(false);
  });
  it("uses tzdata's English name where Intl has none for the code", () => {
    expect(zoneLabel({ ...berlin, country: "AA", country_name: "Nowhere" })).toBe("Berlin, Nowhere (UTC+01:00)");
  });
  it("labels a zone with city, country and offset", () => {
    expect(zoneLabel(berlin)).toBe("Berlin, Germany (UTC+01:00)");
    expect(zoneLabel(utc)).toBe("UTC (UTC+00:00)");
  });
});
