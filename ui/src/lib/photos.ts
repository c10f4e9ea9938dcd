// Photos: the picked file goes to Rust as the request body (no base64 over IPC); what
// comes back as base64 JPEG is shown through blob: URLs (the CSP allows blob: images, no
// remote ones).
import { invoke } from "@tauri-apps/api/core";
import type { PhotoView } from "./bindings";
import { call } from "./api";
import { dateIn } from "./format";

/** The header naming the photo's day (src-tauri/src/commands/photos.rs). */
const DATE_HEADER = "aftercare-date";

export async function uploadPhoto(file: File, date: string): Promise<PhotoView> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The same {status, data | error} shape as the generated commands, so `call` reports it.
  const answer = invoke<PhotoView>("add_photo", bytes, { headers: { [DATE_HEADER]: date } }).then(
    (data) => ({ status: "ok" as const, data }),
    (error) => {
      if (error && typeof error === "object" && "code" in error) return { status: "error" as const, error };
      throw error;
    },
  );
  return call(answer);
}

/** A blob: URL for base64 JPEG bytes; revoke it with `URL.revokeObjectURL` when done. */
export function jpegUrl(base64: string): string {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: "image/jpeg" }));
}

/** "Sat 21 Nov" for a YYYY-MM-DD date, the same on every machine (no locale guessing yet). */
export function shortDate(iso: string): string {
  return dateIn(iso, { weekday: "short", day: "numeric", month: "short" });
}
