import "./app.css";
import { commands } from "./lib/bindings";
import { catalog } from "./lib/catalog";

// The first thing the page does is ask for Today: the backend answers while the Svelte app
// (a separate chunk, fetched from the page's head; see vite.config.ts) loads and mounts.
// The language's catalog is fetched as soon as the backend names the language.
const first = commands.today();
const words = commands.language().then(async (answer) => {
  const tag = answer.status === "ok" ? answer.data : "en";
  return { tag, messages: await catalog(tag) };
});
import("./start")
  .then(({ start }) => start(first, words))
  .catch((e: unknown) => {
    // Never a blank window: say what went wrong, as text.
    document.body.textContent = `Aftercare Companion could not start: ${String(e)}`;
  });
