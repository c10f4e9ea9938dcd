import { mount } from "svelte";
import App from "./App.svelte";
import type { commands } from "./lib/bindings";

export function start(first: ReturnType<typeof commands.today>) {
  const target = document.getElementById("app");
  if (!target) throw new Error("no #app element");
  return mount(App, { target, props: { first } });
}
