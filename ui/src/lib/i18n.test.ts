import { describe, expect, it } from "vitest";
import { language, pseudo, setLanguage, t } from "./i18n";
import cases from "../../../locales/pseudo-cases.json";
import english from "../../../locales/en.ftl?ast";
import german from "../../../locales/de.ftl?ast";

describe("the catalog on the page", () => {
  it("accents like the Rust side", () => {
    for (const [plain, accented] of cases as [string, string][]) expect(pseudo(plain), plain).toBe(accented);
  });
  it("formats plurals and arguments per language, without direction marks", () => {
    setLanguage("en", english);
    expect(t("reminders-day-count", { count: 1 })).toBe("1 reminder");
    expect(t("reminders-day-count", { count: 4 })).toBe("4 reminders");
    setLanguage("de", german);
    expect(language()).toBe("de");
    expect(t("reminders-day-count", { count: 4 })).toBe("4 Erinnerungen");
    expect(t("zone-picked", { zone: "Berlin" })).toBe("Gewählt: Berlin");
    setLanguage("en-XA", english);
    expect(t("reminders-missed", { count: 3 })).toBe("Ṁîîššééđ (3)");
    expect(t("no-such-message")).toBe("no-such-message");
    setLanguage("en", english);
  });
});
