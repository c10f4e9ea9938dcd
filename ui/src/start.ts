import { mount } from "svelte";
import App from "./App.svelte";
import type { commands } from "./lib/bindings";
import { setLanguage } from "./lib/i18n";
import type { Catalog } from "./lib/catalog";

export async function start(first: ReturnType<typeof commands.today>, words: Promise<{ tag: string; dates: string; messages: Catalog }>) {
  const target = document.getElementById("app");
  if (!target) throw new Error("no #app element");
  // Every word on the first screen is in the client's language: set it before mounting.
  const { tag, dates, messages } = await words;
  setLanguage(tag, messages, dates);
  return mount(App, { target, props: { first } });
}
