import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

import { commands } from "./lib/bindings";

// Ask for Today's data before mounting: the backend works on it while the page renders.
const first = commands.today();
const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
export default mount(App, { target, props: { first } });
