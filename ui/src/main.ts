import "./app.css";
import { commands } from "./lib/bindings";
import { catalog } from "./lib/catalog";

// The first thing the page does is ask for Today: the backend answers while the Svelte app
// (a separate chunk, fetched from the page's head; see vite.config.ts) loads and mounts.
// The language's catalog is fetched as soon as the backend names the language.
// A refusal that is not the app's (a plain string) means there is no app behind the page:
// its database would not open. Then the shell says why, in the device's language.
// Asked once: both first questions fail the same way.
let why: ReturnType<typeof commands.startFailure> | null = null;
const failure = (answer: { status: string; error?: unknown }) =>
  answer.status === "error" && typeof answer.error === "string" ? (why ??= commands.startFailure()) : Promise.resolve(null);
const first = commands.today().then(async (answer) => {
  const failed = await failure(answer);
  return failed ? ({ status: "error", error: failed.error } as const) : answer;
});
const words = commands.language().then(async (answer) => {
  const tag = answer.status === "ok" ? answer.data.tag : ((await failure(answer))?.language ?? "en");
  const dates = answer.status === "ok" ? answer.data.dates : tag;
  return { tag, dates, messages: await catalog(tag) };
});
import("./start")
  .then(({ start }) => start(first, words))
  .catch((e: unknown) => {
    // Never a blank window: say what went wrong, as text.
    document.body.textContent = `Aftercare Companion could not start: ${String(e)}`;
  });
