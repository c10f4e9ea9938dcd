// axe-core inside the real window: injected through WebDriver's execute (the page's CSP
// governs the page's own scripts, not these), then run through async execute.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The WCAG A/AA violations on the page as it is now, one line each ("rule: target — summary"). */
export async function axeViolations(browser) {
  const loaded = await browser.execute(() => typeof window.axe !== "undefined");
  if (!loaded) await browser.execute(source);
  const result = await browser.executeAsync((tags, done) => {
    window.axe
      .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
      .then((r) =>
        done(
          r.violations.flatMap((v) =>
            v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary.split("\n").slice(0, 2).join(" ")}`),
          ),
        ),
      )
      .catch((e) => done([`axe failed: ${e}`]));
  }, TAGS);
  return result;
}
