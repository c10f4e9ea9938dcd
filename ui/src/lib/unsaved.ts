// Whether a form on the page holds input not yet saved. While one does, closing the window
// or quitting asks first ("Leave without saving?", App.svelte); otherwise the window goes
// with WebKit's web process (issue 14).
import { call } from "./api";
import { commands } from "./bindings";

/** Edits per form since it was last saved; a form whose fields only look something up (a
 * day to show, a date to check) is marked `data-unsaved-ignore` and not counted. */
const edits = new Map<HTMLFormElement, number>();
/** The edit count a form had when it was submitted: edits typed while its save is on the
 * way were not sent, and stay unsaved. */
const submitted = new Map<HTMLFormElement, number>();
let told = false;

function tell() {
  for (const form of edits.keys()) if (!form.isConnected) edits.delete(form);
  const now = edits.size > 0;
  if (now === told) return;
  told = now;
  // Not awaited: a refusal reaches the page's unexpected-error banner like any other.
  void call(commands.formUnsaved(now));
}

/** Something typed or picked in a form. */
function onEdit(e: Event) {
  if (!(e.target instanceof Element) || e.target.closest("[data-unsaved-ignore]")) return;
  const form = e.target.closest("form");
  if (form) {
    edits.set(form, (edits.get(form) ?? 0) + 1);
    tell();
  }
}

function onSubmit(e: Event) {
  if (e.target instanceof HTMLFormElement) submitted.set(e.target, edits.get(e.target) ?? 0);
}

/** Listens for edits in every form of the page, once. A page loaded again (a reload, a new
 * language) starts with nothing unsaved, as the shell knows (`runtime::on_page_load`). */
export function trackUnsaved() {
  document.addEventListener("input", onEdit, true);
  document.addEventListener("change", onEdit, true);
  document.addEventListener("submit", onSubmit, true);
}

/** The form `e` submitted is saved (a submit event's target stays its form after an await),
 * unless it was edited again while the save was on the way. */
export function saved(e: SubmitEvent) {
  const form = e.target;
  if (form instanceof HTMLFormElement && (edits.get(form) ?? 0) === submitted.get(form)) edits.delete(form);
  tell();
}

/** The form's fields were replaced by stored values (another day loaded): nothing typed is left. */
export function discard(form: HTMLFormElement | null) {
  if (form) edits.delete(form);
  tell();
}

/** A form on the page holds input not yet saved. */
export function hasUnsaved(): boolean {
  tell();
  return edits.size > 0;
}

/** The screen changed: its forms, and what was typed in them, are gone. */
export function leftScreen() {
  edits.clear();
  submitted.clear();
  tell();
}
