import "./app.css";
import { commands } from "./lib/bindings";

// The first thing the page does is ask for Today: the backend answers while the Svelte app
// (a separate chunk, fetched from the page's head; see vite.config.ts) loads and mounts.
const first = commands.today();
const language = commands.language();
import("./start")
  .then(({ start }) => start(first, language))
  .catch((e: unknown) => {
    // Never a blank window: say what went wrong, as text.
    document.body.textContent = `Aftercare Companion could not start: ${String(e)}`;
  });
