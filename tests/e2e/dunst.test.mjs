// Notifications as a real notification server that no one here wrote receives them: dunst,
// from Debian, on its own private session bus under the same virtual display as the app's
// test. `aftercare daemon` runs on a fresh treatment of a clinic protocol whose sun rule is
// called "Sun & heat: keep <cool>": dunst must get one notification at the start (not five),
// listing the five rules, carrying the app's icon and desktop entry, with the clinic's text
// shown exactly as written. Run under `xvfb-run` (see the Makefile).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = path.join(root, "target/debug/aftercare");
const DESKTOP_ENTRY = path.join(root, "packaging/linux/app.aftercare.companion.desktop");
const home = mkdtempSync(path.join(tmpdir(), "aftercare-dunst-"));
const children = [];

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
  rmSync(home, { recursive: true, force: true });
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cli(env, ...args) {
  const r = spawnSync(CLI, ["--db", path.join(home, "aftercare.db"), ...args], { env, encoding: "utf8" });
  assert.equal(r.status, 0, `aftercare ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** A private session bus that activates nothing (tests/dbus/session.conf). */
async function privateBus() {
  const bus = spawn("dbus-daemon", [`--config-file=${path.join(root, "tests/dbus/session.conf")}`, "--nofork", "--print-address=1"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(bus);
  return new Promise((resolve, reject) => {
    bus.stdout.once("data", (d) => resolve(String(d).trim()));
    bus.once("exit", (code) => reject(new Error(`dbus-daemon exited: ${code}`)));
  });
}

/** dunst's `-print` blocks, one per notification: `{ … key: 'value' … }`. */
function parseDunst(out) {
  const blocks = out.split(/^\{$/m).slice(1);
  return blocks.map((b) => {
    const field = (k) => new RegExp(`^\\t${k}: '([\\s\\S]*?)'\\n\\t[a-z_ ]+:`, "m").exec(b)?.[1] ?? null;
    return {
      appname: field("appname"),
      summary: field("summary"),
      body: field("body"),
      icon: field("icon"),
      desktop_entry: field("desktop_entry"),
      formatted: field("formatted"),
      actions: [...(/^\tactions: \{\n([\s\S]*?)\n\t\}/m.exec(b)?.[1] ?? "").matchAll(/"([^"]+)": "([^"]*)"/g)].map((m) => m[1]),
    };
  });
}

/** What dunst shows of its Pango markup: tags dropped, entities read. */
const shownText = (markup) =>
  markup.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

const DATA = path.join(home, "share");

function validDesktopEntry(file) {
  const r = spawnSync("desktop-file-validate", [file], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.trim(), "", r.stdout);
  assert.match(readFileSync(file, "utf8"), /^Icon=app\.aftercare\.companion$/m);
}

test("the desktop entry and icons that notifications point at install and are valid", () => {
  validDesktopEntry(DESKTOP_ENTRY);
  const r = spawnSync(path.join(root, "scripts/install-desktop.sh"), [], { env: { ...process.env, XDG_DATA_HOME: DATA }, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const installed = path.join(DATA, "applications/app.aftercare.companion.desktop");
  validDesktopEntry(installed);
  assert.match(readFileSync(installed, "utf8"), new RegExp(`^Exec="${path.join(root, "target/debug/aftercare-app")}"$`, "m"));
  for (const size of ["32x32", "128x128", "256x256"]) {
    assert.ok(existsSync(path.join(DATA, `icons/hicolor/${size}/apps/app.aftercare.companion.png`)), size);
  }
});

/** A zone whose daily reminders (on the hour) are not due within minutes of now, so the
 * start reminders are not held to share a notification with them: Berlin's minutes are
 * UTC's, Kolkata's are half an hour off. */
function zoneAwayFromTheHour() {
  return new Date().getUTCMinutes() >= 54 ? "Asia/Kolkata" : "Europe/Berlin";
}

test("dunst receives one notification at the start, as the app's, with the clinic's words as written", async () => {
  assert.ok(existsSync(CLI), `build the command line first: ${CLI}`);
  assert.ok(process.env.DISPLAY, "run under xvfb-run (dunst needs a display)");
  const address = await privateBus();
  // The icons installed by the test above: notifications name the icon by the app id.
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address, XDG_CONFIG_HOME: path.join(home, "config"), XDG_DATA_HOME: DATA };
  const zone = zoneAwayFromTheHour();

  const clinic = readFileSync(path.join(root, "crates/core/protocols/micro-needling.toml"), "utf8")
    .replace('id = "micro-needling"', 'id = "rose-clinic"')
    .replace('title = "Stay out of direct sun"', 'title = "Sun & heat: keep <cool>"');
  assert.match(clinic, /Sun & heat/);
  writeFileSync(path.join(home, "clinic.toml"), clinic);
  cli(env, "load-protocol", path.join(home, "clinic.toml"));
  const now = spawnSync("date", ["+%Y-%m-%dT%H:%M"], { env: { ...env, TZ: zone }, encoding: "utf8" }).stdout.trim();
  cli(env, "treatment", "add", "--ended", now, "--tz", zone);

  let printed = "";
  const dunst = spawn("dunst", ["-print"], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(dunst);
  dunst.stdout.on("data", (d) => (printed += d));
  let dunstErr = "";
  dunst.stderr.on("data", (d) => (dunstErr += d));
  // Whether dunst owns its name before the daemon's first try or after does not matter:
  // reminders that could not be shown wait and go out once it does.
  const daemon = spawn(CLI, ["--db", path.join(home, "aftercare.db"), "daemon"], { env, stdio: ["ignore", "ignore", "pipe"] });
  children.push(daemon);
  let daemonLog = "";
  daemon.stderr.on("data", (d) => (daemonLog += d));

  const until = Date.now() + 30_000;
  while (!parseDunst(printed).some((n) => n.appname === "Aftercare Companion") && Date.now() < until) await sleep(100);
  // Time for a second notification to arrive, were the start still sent as several.
  await sleep(3_000);
  const mine = parseDunst(printed).filter((n) => n.appname === "Aftercare Companion");
  assert.equal(mine.length, 1, `dunst got ${mine.length} notifications:\n${printed}\ndunst: ${dunstErr}\ndaemon: ${daemonLog}`);
  const [start] = mine;
  assert.equal(start.summary, "Your aftercare starts now");
  const lines = shownText(start.formatted).split("\n").slice(1);
  assert.equal(lines.length, 5, start.formatted);
  assert.ok(lines.includes("• Sun & heat: keep <cool>"), `the clinic's words as dunst shows them: ${JSON.stringify(lines)}`);
  assert.ok(lines.includes("• No gym or hard exercise"), JSON.stringify(lines));
  assert.equal(start.desktop_entry, "app.aftercare.companion");
  assert.equal(start.icon, "app.aftercare.companion", "the installed icon, by the app id");
  assert.deepEqual(start.actions.sort(), ["log-today", "snooze"]);
  console.log(`dunst: one notification "${start.summary}" with ${lines.length} lines, icon ${start.icon}`);
});
