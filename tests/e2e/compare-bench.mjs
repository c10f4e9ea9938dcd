// A benchmark, not a test: how long the real window takes to open the photo comparison on
// Progress with 30 days of photos (from pressing "Progress" to both photos decoded and shown).
// Run with `make bench-compare` (debug build, under Xvfb, like the end-to-end run).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";
import { png } from "./png.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const APP = path.join(root, "target/debug/aftercare-app");
const CLI = path.join(root, "target/debug/aftercare");
const home = mkdtempSync(path.join(tmpdir(), "aftercare-compare-"));
const DB = path.join(home, "data", "aftercare.db");
const PORT = 4944 + Math.floor(Math.random() * 500);
const DAYS = 30;
const ROUNDS = 7;

const env = {
  ...process.env,
  AFTERCARE_DB: DB,
  AFTERCARE_EXPORT_DIR: path.join(home, "exports"),
  XDG_CONFIG_HOME: path.join(home, "config"),
  XDG_DATA_HOME: path.join(home, "share"),
};

function cli(args) {
  const o = spawnSync(CLI, args, { env, encoding: "utf8" });
  if (o.status !== 0) throw new Error(`aftercare ${args.join(" ")}: ${o.stderr}`);
  return o.stdout;
}

/** A 2048x1536 picture of gradients with some texture: compresses like a photo, not a flat fill. */
const photoPng = (seed) =>
  png(2048, 1536, (x, y) => [(x >> 3) & 0xff, ((y / 6) | 0) & 0xff, 128 + (((x * 7919) ^ (y * 104729) ^ seed) % 23)]);

async function waitForPort(port) {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((res) => {
      const s = net.connect(port, "127.0.0.1", () => (s.end(), res(true)));
      s.on("error", () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

const iso = (d) => d.toISOString().slice(0, 10);
const first = new Date(Date.now() - DAYS * 86_400_000);
cli(["settings", "--tz", "UTC", "--clinic-name", "Skin Studio", "--clinic-phone", "+49 30 1234567"]);
cli(["treatment", "add", "--ended", `${iso(first)}T09:00`, "--tz", "UTC"]);
const file = path.join(home, "photo.png");
for (let d = 0; d < DAYS; d++) {
  const day = iso(new Date(first.getTime() + d * 86_400_000));
  writeFileSync(file, photoPng(d));
  cli(["checkin", "--date", day, "--redness", String(Math.max(0, 3 - (d >> 1)))]);
  cli(["photo", "add", "--date", day, file]);
}
const photos = JSON.parse(cli(["photo", "list", "--json"]));

const driver = spawn("tauri-driver", ["--port", String(PORT), "--native-port", String(PORT + 1000)], { env, stdio: "ignore" });
let browser;
try {
  await waitForPort(PORT);
  await waitForPort(PORT + 1000);
  browser = await remote({ hostname: "127.0.0.1", port: PORT, logLevel: "warn", capabilities: { "tauri:options": { application: APP } } });
  await browser.waitUntil(async () => (await browser.execute(() => document.body.dataset.ready)) === "1", { timeout: 30_000 });
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    await (await browser.$('//nav/button[normalize-space()="Today"]')).click();
    await browser.pause(300);
    const ms = await browser.executeAsync((done) => {
      const t0 = performance.now();
      const button = [...document.querySelectorAll("nav button")].find((b) => b.textContent.trim() === "Progress");
      button.click();
      const shown = () => {
        const imgs = [...document.querySelectorAll("#compare-side img")];
        if (imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0)) done(performance.now() - t0);
        else requestAnimationFrame(shown);
      };
      requestAnimationFrame(shown);
    });
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(
    `compare view with ${photos.length} photos over ${DAYS} days (debug build, Xvfb): median ${times[ROUNDS >> 1].toFixed(0)} ms, ` +
      `min ${times[0].toFixed(0)} ms, max ${times[ROUNDS - 1].toFixed(0)} ms over ${ROUNDS} openings`,
  );
} finally {
  await browser?.deleteSession().catch(() => {});
  driver.kill();
  rmSync(home, { recursive: true, force: true });
}
