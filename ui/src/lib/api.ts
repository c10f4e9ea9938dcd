// One way to call the backend: the generated commands answer {status, data | error};
// this turns that into a value or a thrown UiError the screens show next to the field.
import type { AppError } from "./bindings";

export class UiError extends Error {
  code: string;
  field: string | null;
  constructor(e: AppError) {
    super(e.message);
    this.code = e.code;
    this.field = e.field;
  }
}

type Answer<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

export async function call<T>(p: Promise<Answer<T>>): Promise<T> {
  let r: Answer<T>;
  try {
    r = await p;
  } catch (e) {
    // Tauri itself refused (ACL, bad argument): still a sentence, never a crash.
    throw new UiError({ code: "ipc", message: String(e), field: null });
  }
  if (r.status === "error") throw new UiError(r.error);
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
  return e instanceof UiError ? e : new UiError({ code: "ui", message: String(e), field: null });
}
