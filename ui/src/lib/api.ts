// One way to call the backend: the generated commands answer {status, data | error};
// this turns that into a value or a thrown UiError the screens show next to the field.
import type { AppError, ErrorCode } from "./bindings";
import { t } from "./i18n";

export class UiError extends Error {
  code: ErrorCode;
  field: string | null;
  constructor(e: AppError) {
    super(e.message);
    this.code = e.code;
    this.field = e.field;
  }
}

type Answer<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

/** Any refusal as `{code, message, field}`: the app's own errors already are; Tauri's own
 * (an argument it could not decode, a permission) arrive as a sentence naming the argument. */
export function toAppError(e: unknown): AppError {
  if (e && typeof e === "object" && typeof (e as AppError).message === "string" && typeof (e as AppError).code === "string") {
    const a = e as AppError;
    return { code: a.code, message: a.message, field: a.field ?? null };
  }
  const text = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const args = /^invalid args `([^`]+)` for command `[^`]+`: (.*)$/s.exec(text);
  if (args) return { code: "bad-input", message: t("error-unreadable", { detail: args[2] }), field: args[1] };
  return { code: "ipc", message: text || t("error-nothing-changed"), field: null };
}

export async function call<T>(p: Promise<Answer<T>>): Promise<T> {
  let r: Answer<T>;
  try {
    r = await p;
  } catch (e) {
    throw new UiError(toAppError(e));
  }
  if (r.status === "error") throw new UiError(toAppError(r.error));
  return r.data;
}

/** The message for `field`, if the error belongs to it. */
export function errorFor(err: UiError | null, field: string): string | null {
  return err && err.field === field ? err.message : null;
}

/** The message if it belongs to none of `fields` (shown at the form's foot). */
export function otherError(err: UiError | null, fields: string[]): string | null {
  return err && !(err.field && fields.includes(err.field)) ? err.message : null;
}

export function asUiError(e: unknown): UiError {
  return e instanceof UiError ? e : new UiError(toAppError(e));
}

/** A whole number typed into a field, or the words for what is wrong with it. Nothing is
 * coerced: empty is not 0, "2.5" is not 2, letters are not 0. */
export function wholeNumber(
  typed: unknown,
  field: string,
  what: string,
  lo: number,
  hi: number,
): { ok: true; value: number } | { ok: false; error: UiError } {
  const text = typed === null || typed === undefined ? "" : String(typed).trim();
  const refuse = (message: string) => ({ ok: false as const, error: new UiError({ code: "invalid", message, field }) });
  const subject = capital(what);
  // As text: the range reads "0 to 1440", as the Rust side writes it (not "1,440").
  const [min, max] = [String(lo), String(hi)];
  if (text === "") return refuse(t("number-empty", { what, min, max }));
  if (!/^[+-]?\d+$/.test(text)) {
    return /^[+-]?\d*[.,]\d+$/.test(text)
      ? refuse(t("number-not-whole", { subject, text }))
      : refuse(t("number-not-a-number", { subject, min, max, text }));
  }
  const n = Number(text);
  if (n < lo || n > hi) return refuse(t("number-out-of-range", { subject, min, max, text }));
  return { ok: true, value: n };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The error still to show once a field changed: one about that field (its `name` or `id`)
 * goes, since the client is fixing it. */
export function fieldChanged(err: UiError | null, e: Event): UiError | null {
  const t = e.target as HTMLInputElement | null;
  return err && t && (err.field === t.name || err.field === t.id) ? null : err;
}
