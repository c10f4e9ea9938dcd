// End-to-end: the real app window (debug build of src-tauri) driven through tauri-driver
// and WebKitWebDriver. Run under `xvfb-run -a dbus-run-session --` (see the Makefile).
// Every step saves a screenshot to target/e2e-screenshots/ for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Key, remote } from "webdriverio";
import { png } from "./png.mjs";
import { axeViolations } from "./axe.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const APP = path.join(root, "target/debug/aftercare-app");
const CLI = path.join(root, "target/debug/aftercare");
const RECORDER = path.join(root, "target/debug/examples/notification-recorder");
const CLOSE_WINDOW = path.join(root, "target/debug/examples/close-window");
const SHOTS = path.join(root, "target/e2e-screenshots");
const home = mkdtempSync(path.join(tmpdir(), "aftercare-e2e-"));
const NOTIFICATIONS = path.join(home, "notifications.jsonl");
const DB = path.join(home, "data", "aftercare.db");
const PORT = 4444 + Math.floor(Math.random() * 500);
let driver;
let recorder;
let browser;
let shot = 0;

/**
 * The client's zone for this run: one where it is daytime now (the set-up's quiet hours,
 * 22:00-07:00, would hold every reminder) and the clock is not just before the hour (the
 * daily reminders at 09:00, 12:00 and 20:00 would join the start ones in the first
 * notification). Whole-hour and half-hour offsets together always offer one.
 */
function clientZone() {
  const zones = [
    "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney",
    "America/Sao_Paulo", "Asia/Dubai", "Pacific/Honolulu", "Asia/Kolkata", "Australia/Adelaide",
    "America/St_Johns", "Asia/Tehran", "Asia/Kabul", "Asia/Yangon", "Australia/Darwin", "Pacific/Marquesas",
  ];
  const now = new Date();
  for (const timeZone of zones) {
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
    const hour = Number(parts.find((p) => p.type === "hour").value);
    const minute = Number(parts.find((p) => p.type === "minute").value);
    if (hour >= 7 && hour <= 20 && minute < 45) return timeZone;
  }
  throw new Error("no zone with daytime away from the hour");
}

async function waitForPort(port, ms, who) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((res) => {
      const s = net.connect(port, "127.0.0.1", () => (s.end(), res(true)));
      s.on("error", () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${who} did not listen on ${port}`);
}

async function launch() {
  browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "warn",
    // tauri-driver now and then closes a connection without answering (about 2 requests in
    // 1,300 here): such a request is sent once more instead of failing the run.
    connectionRetryCount: 1,
    capabilities: { "tauri:options": { application: APP } },
  });
  // E2E_SIZE=320x640 looks at the narrowest phones (the window is 390x844 otherwise); with
  // GTK_THEME=Adwaita:dark the same run shows the dark theme.
  const size = /^(\d+)x(\d+)$/.exec(process.env.E2E_SIZE ?? "");
  if (size) await browser.setWindowSize(Number(size[1]), Number(size[2]));
  // The first screen with data sets this (the start-up benchmark uses the same signal).
  await browser.waitUntil(async () => (await browser.execute(() => document.body.dataset.ready)) === "1", {
    timeout: 30_000,
    timeoutMsg: "the app never showed its first screen",
  });
}

const running = () => spawnSync("pgrep", ["-f", APP]).status === 0;

async function quit() {
  if (browser) await browser.deleteSession();
  browser = undefined;
  // A relaunch while the last instance is still going would only focus that one (single
  // instance) and never show a window of its own: wait until it is gone, as a person would.
  const until = Date.now() + 30_000;
  while (running() && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  assert.ok(!running(), "the app did not quit");
}

async function screenshot(name) {
  shot += 1;
  // Let the page paint what the last step changed before the picture is taken.
  await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  await new Promise((r) => setTimeout(r, 150));
  const file = path.join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`);
  // WebKitWebDriver takes the picture at the page's next paint. Painted on the CPU (as the app
  // asks, src-tauri/src/window.rs), a page with nothing left to paint may not paint again
  // for minutes: one pixel nobody sees changes every 50 ms while the picture is taken.
  await browser.execute(() => {
    let dot = document.getElementById("e2e-paint");
    if (!dot) {
      dot = document.body.appendChild(Object.assign(document.createElement("div"), { id: "e2e-paint" }));
      dot.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;opacity:0.01";
    }
    clearInterval(window.e2ePaint);
    window.e2ePaint = setInterval(() => (dot.style.opacity = dot.style.opacity === "0.01" ? "0.02" : "0.01"), 50);
  });
  await browser.saveScreenshot(file);
  await browser.execute(() => clearInterval(window.e2ePaint));
  return file;
}

// Text as the page renders it. (WebKitWebDriver's getText refuses some elements.)
// As read aloud: no-break spaces (which keep "+49 30 1234567" on one line) read as spaces.
const text = (sel) =>
  browser.execute((q) => document.querySelector(q)?.innerText.replace(/\u00a0/g, " ") ?? null, sel);
const attr = (sel, name) => browser.execute((q, n) => document.querySelector(q)?.getAttribute(n) ?? null, sel, name);
const count = (sel) => browser.execute((q) => document.querySelectorAll(q).length, sel);
const value = (sel) => browser.execute((q) => document.querySelector(q)?.value ?? null, sel);
async function waitText(sel, re, what, timeout = 10_000) {
  await browser.waitUntil(async () => re.test((await text(sel)) ?? ""), { timeout, timeoutMsg: what });
  return text(sel);
}

/** Clicks like a person: the element is scrolled to the middle of the screen first. */
async function press(el) {
  await browser.execute((e) => e.scrollIntoView({ block: "center" }), el);
  await el.click();
}

/** What the desktop's notification server (the recorder) was asked to show, in order. */
function notifications() {
  if (!existsSync(NOTIFICATIONS)) return [];
  return readFileSync(NOTIFICATIONS, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

/** Starts the recording notification server on this test's private session bus. */
async function startRecorder() {
  recorder = spawn(RECORDER, [NOTIFICATIONS], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the notification recorder never got its bus name")), 20_000);
    recorder.stdout.on("data", (d) => {
      if (String(d).includes("ready")) (clearTimeout(timer), resolve());
    });
    recorder.on("exit", (code) => (clearTimeout(timer), reject(new Error(`the notification recorder exited: ${code}`))));
  });
}

/** Sets a field as a picker does (a date or a slider), with the input event the page hears. */
const setField = (sel, v) =>
  browser.execute(
    (q, val) => {
      const el = document.querySelector(q);
      el.value = val;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    },
    sel,
    v,
  );

/** Empties a field the way a person does, with the keyboard (so the page hears it). */
async function emptyField(sel) {
  const el = await browser.$(sel);
  await press(el);
  await browser.keys(Key.End);
  // One key at a time: WebKitWebDriver acts on a repeated key in one sequence only once.
  for (let n = (await value(sel))?.length ?? 0; n > 0; n--) await browser.keys(Key.Backspace);
}

const nav = (label) => browser.$(`//nav/button[normalize-space()="${label}"]`);

/**
 * Opens a screen as a person would: its tab, then under Plan or More its button. By
 * position, not by label, so the same walk works in every language.
 */
const TABS = ["Today", "Check-in", "Progress", "Plan", "More"];
const UNDER = { Timeline: ["Plan", 0], Sessions: ["Plan", 1], Reminders: ["More", 0], "When to call": ["More", 1], Settings: ["More", 2] };
const IDS = { Today: "today", "Check-in": "checkin", Progress: "progress", Timeline: "timeline", Sessions: "sessions", More: "more", Reminders: "reminders", "When to call": "call", Settings: "settings" };
async function open(screen) {
  const [tab, i] = UNDER[screen] ?? [screen, null];
  await press(await browser.$(`nav button:nth-child(${TABS.indexOf(tab) + 1})`));
  if (tab === "Plan") await press(await browser.$(`main .segments button:nth-child(${i + 1})`));
  else if (tab === "More" && i !== null) {
    await browser.waitUntil(async () => (await count("main .more-item")) === 3, { timeout: 5_000, timeoutMsg: "More" });
    await press((await browser.$$("main .more-item"))[i]);
  }
  // The new screen is up, with its heading: not the last screen's still being replaced.
  await browser.waitUntil(async () => (await count(`main#screen-${IDS[screen]} h1`)) > 0, { timeout: 10_000, timeoutMsg: `${screen} never showed` });
}

/**
 * (Re)starts tauri-driver, which starts the app with its environment: never the real profile
 * (database, exports and autostart files live in a temp folder); `extra` adds e.g. the theme.
 */
/**
 * The C library's German and English locales, built into a temp folder (LOCPATH): a client's
 * machine has its own, and a bare CI machine has only the C locale; the app starts under
 * them as it would on a desktop (the webview's fields are told the client's language).
 */
const LOCALES = (() => {
  const dir = path.join(home, "locales");
  mkdirSync(dir, { recursive: true });
  for (const name of ["de_DE", "en_US"]) {
    const r = spawnSync("localedef", ["-i", name, "-f", "UTF-8", path.join(dir, `${name}.UTF-8`)], { encoding: "utf8" });
    assert.equal(r.status, 0, `localedef ${name}: ${r.stderr}`);
  }
  return dir;
})();

/** The environment the app was last started in (a second launch must find the first). */
let appEnv = process.env;

async function startDriver(extra) {
  if (driver) {
    driver.kill();
    await new Promise((r) => driver.once("exit", r));
  }
  const env = (appEnv = {
    ...process.env,
    // English unless a test asks for another language (the app reads these as gettext does).
    LANG: "en_US.UTF-8",
    LC_ALL: "",
    LC_MESSAGES: "",
    LC_TIME: "",
    LANGUAGE: "",
    LOCPATH: LOCALES,
    AFTERCARE_DB: DB,
    TZ: clientZone(),
    AFTERCARE_EXPORT_DIR: path.join(home, "exports"),
    XDG_CONFIG_HOME: path.join(home, "config"),
    XDG_DATA_HOME: path.join(home, "share"),
    ...extra,
  });
  driver = spawn("tauri-driver", ["--port", String(PORT), "--native-port", String(PORT + 1000)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  // The notification server starts later, in the test: first the app must cope without one.
  await waitForPort(PORT, 20_000, "tauri-driver");
  // tauri-driver forwards the new session to WebKitWebDriver, which it starts alongside; on a
  // cold machine that one can still be loading, and the session request then fails at once.
  await waitForPort(PORT + 1000, 20_000, "WebKitWebDriver");
}

before(async () => {
  assert.ok(existsSync(APP), `build the app first: ${APP}`);
  assert.ok(existsSync(RECORDER), `build the recorder first: ${RECORDER}`);
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, "run inside dbus-run-session (see the Makefile)");
  // Only this run's pictures: stale ones from an earlier run would be mistaken for these.
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  await startDriver({});
});

after(async () => {
  await quit().catch(() => {});
  driver?.kill();
  recorder?.kill();
  rmSync(home, { recursive: true, force: true });
});

test("a client sets up, logs a check-in, and finds it again after a restart", async () => {
  await launch();
  // 1. Set up: the welcome screen, one form.
  const start = await browser.$("#start");
  await start.waitForDisplayed({ timeout: 10_000 });
  assert.match(await text("#screen-welcome"), /stays on this device/);
  await browser.$("#area").setValue("Face");
  await browser.$("#clinic_name").setValue("Rose Skin Clinic");
  await browser.$("#clinic_phone").setValue("+49 30 1234567");
  await screenshot("welcome");
  // The optional checklist shows its result as it is answered.
  await press(await browser.$('//label[contains(., "pre-treatment checklist")]/input'));
  await waitText("#screening-preview", /None of these applies to you/, "no checklist result before any answer");
  await press(await browser.$('//label[contains(., "Do you have eczema?")]/input'));
  assert.match(await waitText("#screening-preview", /Talk to your clinic/, "the result did not follow the answer"), /eczema/);
  await screenshot("welcome-checklist");
  await press(start);

  // 2. Today shows the gym restriction with a live countdown.
  const gym = await waitText('[data-rule="gym"] .countdown', /Gym OK/, "Today never showed the gym");
  assert.match(gym, /^Gym OK again in (4[78] h|2 d)$/);
  assert.equal(await text("#checkin-state"), "Not logged yet.");
  await press(await browser.$("button=Gym?"));
  await waitText("#answer", /Not yet/, "no answer to Gym?");
  await screenshot("today");

  // 2b. No notification server yet: the reminders due at the start can't be shown, and the
  // window says so and shows them itself instead of calling them delivered.
  // (Up to GATHER, 3 min, later if set-up happens just before a daily reminder's time: the
  // start reminders then wait for it, to share one notification.)
  const notice = await waitText("#not-shown", /can't be shown as notifications right now: \d+ waiting/, "no word that notifications fail", 200_000);
  assert.match(notice, /No gym or hard exercise/);
  const waiting = Number(/(\d+) waiting/.exec(notice)[1]);
  assert.ok(waiting >= 5, notice);
  await browser.execute(() => window.scrollTo(0, 0));
  await screenshot("today-notifications-not-shown");
  // The notice and the reminders that wait are screens of their own for a screen reader too
  // (the full axe walk has a notification server, so never this state).
  const notShown = await axeViolations(browser);
  console.log(`axe Today, reminders not shown: ${notShown.length} violations`);
  assert.deepEqual(notShown, [], "Today with reminders not shown passes axe-core");
  await open("Reminders");
  assert.match(await waitText("main", new RegExp(`Not shown yet \\(${waiting}\\)`), "Reminders does not list the waiting ones"), /What your desktop said/);
  await screenshot("reminders-not-shown");
  const listed = await axeViolations(browser);
  console.log(`axe Reminders, not shown: ${listed.length} violations`);
  assert.deepEqual(listed, [], "Reminders with reminders not shown passes axe-core");
  await press(await nav("Today"));

  // 2c. The notification server starts: the waiting reminders reach it at once, as one
  // real notification (over D-Bus, to the recorder) that lists each, and the notice goes away.
  await startRecorder();
  await browser.waitUntil(async () => notifications().length > 0, {
    timeout: 15_000,
    timeoutMsg: "the waiting reminders never reached the notification server",
  });
  await browser.waitUntil(async () => (await count("#not-shown")) === 0, {
    timeout: 10_000,
    timeoutMsg: "the notice stayed after the notifications were shown",
  });
  await screenshot("today-notifications-shown");
  const shown = notifications();
  assert.equal(shown.length, 1, `one notification, not a wall: ${JSON.stringify(shown.map((n) => n.summary))}`);
  const [startNote] = shown;
  assert.equal(startNote.app, "Aftercare Companion");
  assert.equal(startNote.summary, "Your aftercare starts now");
  assert.equal(startNote.body.split("\n").length, waiting, startNote.body);
  assert.match(startNote.body, /^• No gym or hard exercise$/m);
  assert.equal(startNote.desktop_entry, "app.aftercare.companion");
  // Not installed (this run's XDG_DATA_HOME is empty): the icon of the source tree.
  assert.ok(path.isAbsolute(startNote.icon) && existsSync(startNote.icon), `icon: ${startNote.icon}`);
  assert.deepEqual(startNote.actions, ["snooze", "Snooze 15 min", "log-today", "Log today"]);
  recorder.stdin.write(`click ${startNote.id} log-today\n`);
  await browser.waitUntil(async () => (await count("#screen-checkin #save-checkin")) === 1, {
    timeout: 10_000,
    timeoutMsg: "Log today on the notification did not open the check-in",
  });
  await screenshot("checkin-from-notification");

  // 3. Save a check-in, with a note that would run script if it were treated as HTML.
  await press(await nav("Check-in"));
  await press(await browser.$('input[aria-label^="Redness 3"]'));
  await browser.$("#breakouts").setValue("1");
  await press(await browser.$('//label[contains(., "Peeling or flaking")]/input'));
  await browser.$("#notes").setValue("<img src=x onerror=alert(1)>");
  await screenshot("checkin-filled");
  await press(await browser.$("#save-checkin"));
  await waitText("#saved", /Saved/, "the check-in was not saved");
  assert.equal(await text("#saved-notes"), "<img src=x onerror=alert(1)>");
  assert.equal(await count("#saved img, main img"), 0, "the note became an element");
  await assert.rejects(browser.getAlertText(), "no alert may open");
  await screenshot("checkin-saved");

  // 3b. Photos of the day, through the real file input (WebDriver sends it a file path):
  // the picture goes to Rust as bytes, comes back upright and without metadata, and shows.
  assert.equal(await count("#photos-save-first"), 0, "the day is logged: photos can be added");
  const photoA = path.join(home, "skin-a.png");
  const photoB = path.join(home, "skin-b.png");
  writeFileSync(photoA, png(300, 400, () => [214, 120, 110]));
  writeFileSync(photoB, png(300, 400, () => [226, 160, 150]));
  const notAPhoto = path.join(home, "notes.txt");
  writeFileSync(notAPhoto, "not a picture");
  await browser.$("#photo-input").addValue(notAPhoto);
  assert.match(await waitText("#photo-error", /isn't a picture/, "no error for a text file"), /JPEG, PNG or WebP/);
  for (const [i, file] of [photoA, photoB].entries()) {
    await browser.$("#photo-input").addValue(file);
    await browser.waitUntil(async () => (await count("#day-photo-list img")) === i + 1, { timeout: 20_000, timeoutMsg: `photo ${i + 1} not shown` });
  }
  await waitText("#photo-added", /Photo added/, "no word that the photo was added");
  // The desktop extra: a picture dropped onto the day's photos (a drop as the page gets it).
  await browser.execute((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], "dropped.png", { type: "image/png" }));
    const target = document.querySelector("#day-photos");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, Array.from(readFileSync(photoA)));
  await browser.waitUntil(async () => (await count("#day-photo-list img")) === 3, { timeout: 20_000, timeoutMsg: "the dropped photo was not added" });
  // Deleting asks first, then deletes.
  await press(await browser.$('button[aria-label="Delete photo 3"]'));
  await waitText("#day-photo-list", /Delete this photo\?/, "no question before deleting");
  await press(await browser.$('button[aria-label="Yes, delete photo 3"]'));
  await browser.waitUntil(async () => (await count("#day-photo-list img")) === 2, { timeout: 10_000, timeoutMsg: "the photo was not deleted" });
  assert.ok(
    await browser.execute(() => [...document.querySelectorAll("#day-photo-list img")].every((i) => i.complete && i.naturalWidth > 0)),
    "the thumbnails load (blob: URLs under the CSP)",
  );
  await browser.execute(() => document.querySelector("#day-photos")?.scrollIntoView({ block: "start" }));
  await screenshot("checkin-photos");
  await quit();

  // 4. Quit and relaunch: the check-in and its trend point are still there.
  await launch();
  assert.equal(await waitText("#checkin-state", /Logged/, "check-in lost"), "Logged: redness moderate, 1 spot.");
  await screenshot("today-after-restart");
  // The day's answers come back into the form, the ticked sign with them.
  await press(await nav("Check-in"));
  const peeling = browser.$('//label[contains(., "Peeling or flaking")]/input');
  await browser.waitUntil(async () => (await peeling.isExisting()) && (await peeling.isSelected()), {
    timeout: 10_000,
    timeoutMsg: "the ticked sign did not come back",
  });
  assert.equal(await browser.$('//label[contains(., "Bruising")]/input').isSelected(), false);
  await press(await nav("Progress"));
  await browser.waitUntil(async () => (await count("#redness-chart")) === 1, { timeout: 10_000 });
  assert.equal(await count("#redness-chart circle.dot"), 1, "one trend point");
  await screenshot("trends");

  // 4a. The photos survived the relaunch: a strip on Trends, and the first and the latest
  // compared side by side, then with the slider.
  await browser.waitUntil(async () => (await count("#photo-diary .strip img")) === 2, { timeout: 10_000, timeoutMsg: "photos lost" });
  await browser.waitUntil(
    async () => browser.execute(() => [...document.querySelectorAll("#compare-side img")].filter((i) => i.complete && i.naturalWidth > 0).length === 2),
    { timeout: 20_000, timeoutMsg: "the two photos were not shown side by side" },
  );
  // This desktop is American (en_US): the photo's date as the US writes it, "Thu, Nov 26".
  assert.match(await text("#compare-side"), /Day \d+ · \w{3}, \w{3} \d+\s+redness 3 \(moderate\)/);
  await browser.execute(() => document.querySelector("#photo-diary")?.scrollIntoView({ block: "start" }));
  await screenshot("trends-photos-compare");
  await press(await browser.$('input[name="mode"][value="slider"]'));
  await browser.waitUntil(async () => (await count("#compare-slider img")) === 2, { timeout: 10_000, timeoutMsg: "no slider" });
  await setField("#compare-split", "30");
  assert.match(await browser.execute(() => document.querySelector("#compare-slider img.top")?.style.clipPath ?? ""), /30%/);
  await browser.execute(() => document.querySelector("#compare-slider")?.scrollIntoView({ block: "center" }));
  await screenshot("trends-photos-slider");

  // 4b. The report for the clinic: choices the rules refuse get an error next to their
  // field and write nothing; then a PDF that qpdf passes, whose text has the note as typed.
  await setField("#report-to", "2000-01-01");
  await press(await browser.$("#make-report"));
  assert.match(await waitText("#report-to-err", /outside the treatment's days/, "no error next to To"), /day 1/);
  await screenshot("report-error");
  await setField("#report-to", "");
  await setField("#report-name", "x".repeat(81));
  await press(await browser.$("#make-report"));
  await waitText("#report-name-err", /at most 80 characters/, "no error next to the name");
  assert.equal(await value("#report-name"), "x".repeat(81), "what was typed stays");
  assert.equal(await count("#report-to-err"), 0, "the fixed field's error went");
  await setField("#report-name", "Ada Lovelace");
  await press(await browser.$("#make-report"));
  await waitText("#report-saved", /Saved .*aftercare-report-.*\.pdf/, "the report was not made");
  await screenshot("report-saved");
  const pdf = await attr("#report-saved", "data-path");
  assert.ok(existsSync(pdf), pdf);
  const run = (cmd, args) => {
    const o = spawnSync(cmd, args, { encoding: "utf8" });
    assert.equal(o.status, 0, `${cmd}: ${o.stderr}${o.stdout}`);
    return o.stdout;
  };
  run("qpdf", ["--check", pdf]);
  const reportText = run("pdftotext", [pdf, "-"]);
  assert.match(reportText, /For: Ada Lovelace/);
  assert.match(reportText, /3 moderate/);
  const images = run("pdfimages", ["-list", pdf]).trim().split("\n").slice(2);
  assert.equal(images.length, 2, "the first and the latest photo are in the report");
  assert.ok(reportText.includes("<img src=x onerror=alert(1)>"), reportText);
  // The pages as a person sees them, beside the screenshots.
  run("pdftoppm", ["-r", "60", "-png", pdf, path.join(SHOTS, `${String(++shot).padStart(2, "0")}-report-page`)]);

  // 5. The note still shows as text when the form reloads it.
  await press(await nav("Check-in"));
  // The form is filled once the day's entry has loaded (a refresh may remount it meanwhile).
  await browser.waitUntil(async () => (await value("#notes")) === "<img src=x onerror=alert(1)>", {
    timeout: 10_000,
    timeoutMsg: `the note did not come back as text: ${JSON.stringify(await value("#notes"))}`,
  });

  // 6. What the form can't take: an error next to the field, in words, what was typed kept,
  // and nothing saved (read back through the command line on the same database).
  const spotsSaved = () => {
    const out = spawnSync(CLI, ["history", "--json"], { env: cliEnv(), encoding: "utf8" });
    assert.equal(out.status, 0, out.stderr);
    return JSON.parse(out.stdout).checkins.map((c) => c.breakouts);
  };
  assert.deepEqual(spotsSaved(), [1]);
  for (const [typed, words] of [
    ["abc", /number from 0 to 500/],
    ["", /Enter the number of new spots/],
    ["2.5", /whole number/],
    ["99999999999", /from 0 to 500/],
    ["-3", /from 0 to 500/],
  ]) {
    await emptyField("#breakouts");
    if (typed) await browser.$("#breakouts").addValue(typed);
    await press(await browser.$("#save-checkin"));
    const error = await waitText(
      "#breakouts-error",
      words,
      `no error for "${typed}": field ${JSON.stringify(await value("#breakouts"))}, error ${JSON.stringify(await text("#breakouts-error"))}`,
    );
    assert.match(error, words, `"${typed}"`);
    assert.equal(await value("#breakouts"), typed, "what was typed stays");
    assert.equal(await count("#saved"), 0, `"${typed}" was reported as saved`);
    if (typed === "2.5") await screenshot("checkin-error");
  }
  assert.deepEqual(spotsSaved(), [1], "nothing was saved, the earlier value is intact");
  // The error goes once the field is corrected.
  await emptyField("#breakouts");
  await browser.$("#breakouts").addValue("1");
  await browser.waitUntil(async () => (await count("#breakouts-error")) === 0, { timeout: 5_000, timeoutMsg: "the error stayed" });
  await press(await nav("Today"));
  assert.equal(await waitText("#checkin-state", /Logged/, "Today"), "Logged: redness moderate, 1 spot.");

  // 7. The other screens open and show their data.
  for (const [label, expected] of [
    ["Timeline", /No gym or hard exercise/],
    ["Sessions", /Session 2 of 3/],
    ["Reminders", /Upcoming/],
    ["Settings", /Rose Skin Clinic|not medical advice/],
  ]) {
    await open(label);
    await waitText("main", expected, `${label} screen`);
    await screenshot(label.toLowerCase());
    if (label === "Sessions") {
      // S1-S4 and R2 before any date is picked.
      assert.match((await text("#planning-notes")) ?? "", /disinfect it after every use/);
      // The answers given at set-up were kept; more can be given later, and the result follows at once.
      assert.match(await waitText("#screening-result", /eczema/, "set-up's checklist answers were lost"), /Talk to your clinic/);
      await press(await browser.$('//label[contains(., "Are you pregnant?")]/input'));
      await press(await browser.$("button=Save answers"));
      // Wait for the new answer's own words: the old result already says "Talk to your clinic".
      assert.match(await waitText("#screening-result", /numbing cream/, "the new answer changed nothing"), /Talk to your clinic/);
      await screenshot("sessions-screening");
    }
    if (label === "Reminders") {
      // By day: today and tomorrow open, later days folded under their date with a count.
      assert.match((await text("#upcoming-days .day-heading")) ?? "", /^(Today|Tomorrow)/);
      assert.ok((await count("#upcoming-days details")) > 0, "later days are folded");
      // An upcoming reminder can be done early or skipped, not snoozed.
      const actions = await browser.execute(() =>
        [...document.querySelectorAll("#upcoming-days section li")[0].querySelectorAll("button")].map((b) => b.textContent.trim()),
      );
      assert.deepEqual(actions, ["Done early", "Skip"]);
      const skipped = await browser.execute(() => document.querySelector("#upcoming-days section li h3").textContent);
      const upcomingBefore = await count("#upcoming-days li");
      await press(await browser.$('//div[@id="upcoming-days"]//section//li//button[normalize-space()="Skip"]'));
      await browser.waitUntil(async () => (await count("#upcoming-days li")) === upcomingBefore - 1, {
        timeout: 10_000,
        timeoutMsg: "the skipped reminder is still upcoming",
      });
      const recent = await browser.execute(() => [...document.querySelectorAll("#recent li")].map((li) => li.innerText));
      assert.ok(recent.some((r) => r.includes(skipped) && r.includes("Skipped")), recent.join(" | "));
      await screenshot("reminders-skipped");
    }
    if (label === "Settings") {
      // The time zone is picked from a list searched by city or country; nothing is typed into it.
      const zoneBefore = await value("#s-zone");
      await browser.$("#s-zone-search").addValue("berlin");
      await browser.waitUntil(async () => (await count("#s-zone option")) <= 3, { timeout: 5_000, timeoutMsg: "the search did not narrow the list" });
      const offered = await browser.execute(() => [...document.querySelectorAll("#s-zone option")].map((o) => o.textContent));
      assert.ok(offered.some((o) => /^Berlin, Germany \(UTC\+0[12]:00\)$/.test(o)), offered.join(" | "));
      assert.equal(await value("#s-zone"), zoneBefore, "searching does not change the zone");
      await screenshot("settings-zone-search");
      // Hurried typing in the search: nothing matches, it says so in words, and the zone stays.
      for (const typed of ["2.5", "-999", "xyzzy plugh", "9".repeat(60)]) {
        await emptyField("#s-zone-search");
        await browser.$("#s-zone-search").addValue(typed);
        await waitText("#s-zone-picked", /No time zone matches/, `no word that "${typed}" matches nothing`);
        assert.equal(await value("#s-zone"), zoneBefore, "a search never changes the zone");
        if (typed === "2.5") await screenshot("settings-zone-no-match");
      }
      await emptyField("#s-zone-search");
      // The same hurried typing in Settings: errors next to the field, and nothing saved
      // (read back through the command line).
      const stored = () => {
        const o = spawnSync(CLI, ["settings"], { env: cliEnv(), encoding: "utf8" });
        assert.equal(o.status, 0, o.stderr);
        return o.stdout;
      };
      const before = stored();
      assert.match(before, /Grace period: +120 min/);
      for (const [typed, words] of [
        ["abc", /not "abc"/],
        ["", /Enter the grace period/],
        ["2.5", /whole number, like 2/],
        ["99999999999", /from 0 to 1440/],
        ["-3", /from 0 to 1440/],
      ]) {
        await emptyField("#s-grace");
        if (typed) await browser.$("#s-grace").addValue(typed);
        await press(await browser.$("#save-settings"));
        assert.match(await waitText("#s-grace + .error", words, `no error for a grace period of "${typed}"`), words);
        assert.equal(await value("#s-grace"), typed, "what was typed stays");
        if (typed === "abc") await screenshot("settings-error");
      }
      await emptyField("#s-grace");
      await browser.$("#s-grace").addValue("120");
      await browser.$("#s-emergency").addValue("9-1-1");
      await press(await browser.$("#save-settings"));
      assert.match(await waitText("#s-emergency + .error", /2 to 6 digits/, "no error for the emergency number"), /2 to 6 digits/);
      assert.equal(stored(), before, "nothing was saved");
      await emptyField("#s-emergency");
    }
  }

  // 8. An emergency: the emergency call comes first, the clinic second, and the clinic-first
  // sentence is there, both after saving and on Today.
  await press(await nav("Check-in"));
  await browser.waitUntil(async () => (await value("#notes")) !== "", { timeout: 10_000 });
  await press(await browser.$("#breathing"));
  await press(await browser.$("#save-checkin"));
  await waitText("#saved-warning", /Emergency/, "no emergency warning after the check-in");
  const calls = (sel) =>
    browser.execute((q) => [...document.querySelectorAll(`${q} a.button`)].map((a) => a.innerText.replace(/\u00a0/g, " ").trim()), sel);
  const checkWarning = async (sel) => {
    const buttons = await calls(sel);
    assert.match(buttons[0] ?? "", /^Call \d{2,6} now\.$/, `${sel}: the emergency number first: ${buttons}`);
    assert.equal(buttons[1], "Then call Rose Skin Clinic: +49 30 1234567.", `${sel}: the clinic second`);
    assert.match(await text(sel), /Your clinic's instructions come first; this is general information, not medical advice\./);
    assert.match(await text(sel), /If you can't reach your clinic, see a doctor or go to urgent care\./);
  };
  await checkWarning("#saved-warning");
  const inView = (sel) =>
    browser.execute((q) => {
      const r = document.querySelector(q)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    }, sel);
  assert.ok(await inView("#saved-warning .call-emergency"), "the emergency call is in view after saving");
  await screenshot("checkin-emergency");
  // The way to Today is right under the warning.
  await press(await browser.$("#go-today"));
  await waitText("#warning", /Emergency/, "no emergency warning on Today");
  await checkWarning("#warning");
  // Today opens at its top with the warning and its first call in view, not scrolled away.
  assert.equal(await browser.execute(() => window.scrollY), 0, "Today opened scrolled down");
  assert.ok(await inView("#warning .call-emergency"), "the emergency call is in view when Today opens");
  await screenshot("today-emergency");

  // 9. "When to call your clinic" is one tap from Today.
  await press(await browser.$("#when-to-call-toggle"));
  const when = await waitText("#when-to-call", /dark patches/, "the when-to-call list did not open");
  assert.match(when, /Trouble breathing/);
  assert.match(when, /Call Rose Skin Clinic: \+49 30 1234567/);
  await screenshot("today-when-to-call");

  // 10. A missed day is logged from the app: a client whose treatment was two days ago
  // (entered through the command line into a fresh database) logs yesterday from the form.
  const tz = await browser.execute(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await quit();
  wipeDatabase();
  const twoDaysAgo = new Date(Date.now() - 50 * 3_600_000);
  const pad = (n) => String(n).padStart(2, "0");
  const ended = `${twoDaysAgo.getFullYear()}-${pad(twoDaysAgo.getMonth() + 1)}-${pad(twoDaysAgo.getDate())}T${pad(twoDaysAgo.getHours())}:00`;
  const added = spawnSync(CLI, ["treatment", "add", "--ended", ended, "--tz", tz], {
    env: { ...cliEnv(), TZ: tz },
    encoding: "utf8",
  });
  assert.equal(added.status, 0, added.stderr);
  await launch();
  await waitText("#checkin-state", /Not logged yet/, "Today did not show the treatment");
  await press(await nav("Check-in"));
  await browser.waitUntil(async () => (await count("#checkin-date option")) >= 2, {
    timeout: 10_000,
    timeoutMsg: "the check-in offered no days",
  });
  const options = await browser.execute(() => [...document.querySelectorAll("#checkin-date option")].map((o) => o.textContent));
  assert.match(options[0], /^Today · day \d/);
  assert.match(options[1], /^Yesterday · day \d/);
  const yesterday = await browser.execute(() => document.querySelectorAll("#checkin-date option")[1].value);
  await browser.$("#checkin-date").selectByIndex(1);
  // Fill the form only once that day's entry has loaded.
  await browser.waitUntil(
    async () => (await browser.execute(() => document.querySelector("#checkin-intro")?.dataset.loaded)) === yesterday,
    { timeout: 10_000, timeoutMsg: "yesterday's entry never loaded" },
  );
  assert.match(await text("#checkin-intro"), /on that day/);
  await press(await browser.$('input[aria-label^="Redness 2"]'));
  await emptyField("#breakouts");
  await browser.$("#breakouts").addValue("4");
  await press(await browser.$("#save-checkin"));
  const yesterdaySaved = await waitText("#saved", /Saved/, "yesterday's check-in was not saved");
  assert.match(yesterdaySaved, /4 new spots/);
  // The desktop is American (en_US): "Wed, November 25".
  assert.match(yesterdaySaved, /day \d+ \(\w+, \w+ \d+\)/, "the saved day is written out");
  assert.equal(await attr("#saved .saved", "data-date"), yesterday, "saved for yesterday, not today");
  await screenshot("checkin-yesterday");
  const history = spawnSync(CLI, ["history", "--json"], { env: cliEnv(), encoding: "utf8" });
  const logged = JSON.parse(history.stdout).checkins.map((c) => [c.date, c.breakouts]);
  assert.deepEqual(logged, [[yesterday, 4]], "the check-in is yesterday's, as logged");
});

/** The command line on the app's database, in English whatever the machine's language. */
function cliEnv() {
  return { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "", LC_TIME: "", LANGUAGE: "", AFTERCARE_DB: DB };
}

/** No database: the next launch (or command) starts from nothing. */
function wipeDatabase() {
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
}

/**
 * A fresh database with three days of a treatment (through the command line), a warning sign
 * on the last logged day, today not logged yet: every part of every screen shows.
 */
function seedThreeDays() {
  wipeDatabase();
  const cli = (...args) => {
    const o = spawnSync(CLI, args, { env: cliEnv(), encoding: "utf8" });
    assert.equal(o.status, 0, `${args.join(" ")}: ${o.stderr}`);
  };
  const iso = (d) => d.toISOString().slice(0, 10);
  const first = new Date(Date.now() - 3 * 86_400_000);
  cli("settings", "--tz", "UTC", "--clinic-name", "Rose Skin Clinic", "--clinic-phone", "+49 30 1234567");
  cli("treatment", "add", "--ended", `${iso(first)}T09:00`, "--tz", "UTC");
  cli("checkin", "--date", iso(new Date(first.getTime() + 86_400_000)), "--redness", "3", "--breakouts", "1");
  cli("checkin", "--date", iso(new Date(first.getTime() + 2 * 86_400_000)), "--redness", "3", "--pus");
}

/** Presses Tab until `want` (run in the page on the focused element) holds; returns the presses. */
async function tabTo(want, what, limit = 80) {
  for (let n = 1; n <= limit; n++) {
    await browser.keys(Key.Tab);
    if (await browser.execute(want)) return n;
  }
  throw new Error(`Tab never reached ${what}`);
}

test("the app works by keyboard alone, and at 200% text size", async () => {
  await quit().catch(() => {});
  await startDriver({});
  seedThreeDays();
  await launch();
  await waitText("#checkin-state", /Not logged/, "Today");
  // The window takes the keyboard focus, as a window manager would give it (Xvfb has none):
  // without it nothing on the page counts as focused, and no focus ring is drawn.
  const focused = spawnSync("xdotool", ["search", "--onlyvisible", "--name", "^Aftercare Companion$", "windowfocus"], { encoding: "utf8", timeout: 10_000 });
  assert.equal(focused.status, 0, `xdotool: ${focused.stderr}`);
  await browser.waitUntil(() => browser.execute(() => document.hasFocus()), { timeout: 5_000, timeoutMsg: "the window never had the focus" });
  let presses = 0;
  // Tab to the Check-in tab, Enter: the form. Focus is drawn where it is.
  presses += await tabTo(() => document.activeElement?.closest("nav") && document.activeElement.textContent.trim() === "Check-in", "the Check-in tab");
  assert.notEqual(await browser.execute(() => getComputedStyle(document.activeElement).outlineStyle), "none", "focus is visible");
  await browser.keys(Key.Enter);
  await browser.waitUntil(async () => (await count("#screen-checkin #save-checkin")) === 1, { timeout: 10_000, timeoutMsg: "Enter on the tab did not open the check-in" });
  // A redness by Space, then Save by Enter.
  presses += await tabTo(() => document.activeElement?.getAttribute("aria-label")?.startsWith("Redness"), "the redness scale");
  await browser.keys(Key.Space);
  const picked = await browser.execute(() => document.activeElement.checked && document.activeElement.getAttribute("aria-label"));
  assert.match(String(picked), /^Redness \d/, "Space picks a redness, and its words are its name");
  presses += await tabTo(() => document.activeElement?.id === "save-checkin", "Save");
  await browser.keys(Key.Enter);
  await waitText("#saved", /Saved/, "Enter on Save did not save");
  // More, then Reminders, by keyboard; a folded day opens with Enter.
  presses += await tabTo(() => document.activeElement?.closest("nav") && document.activeElement.textContent.trim() === "More", "the More tab");
  await browser.keys(Key.Enter);
  presses += await tabTo(() => document.activeElement?.textContent?.startsWith("Reminders"), "Reminders");
  await browser.keys(Key.Enter);
  await waitText("main h1", /Reminders/, "Enter did not open Reminders");
  presses += await tabTo(() => document.activeElement?.tagName === "SUMMARY", "a folded day");
  await browser.keys(Key.Enter);
  assert.ok(await browser.execute(() => document.activeElement.parentElement.open), "Enter opens a folded day");
  console.log(`keyboard walk: ${presses} Tab presses from Today to a saved check-in and an opened day of reminders`);

  // 200% text at 390 px: nothing runs off the side on any screen.
  await browser.execute(() => (document.documentElement.style.fontSize = "32px"));
  for (const screen of ["Today", "Check-in", "Progress", "Timeline", "Sessions", "More", "Reminders", "When to call", "Settings"]) {
    await open(screen);
    await browser.waitUntil(async () => (await count("main h1")) > 0, { timeout: 10_000, timeoutMsg: screen });
    await new Promise((r) => setTimeout(r, 300));
    await screenshot(`text-200-${screen.toLowerCase().replace(/\W+/g, "-")}`);
    const wide = await browser.execute(() => {
      const over = [...document.querySelectorAll("body *")]
        .map((e) => [e, Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth) + window.scrollX])
        .filter(([, right]) => right > document.documentElement.clientWidth + 0.5)
        .map(([e, right]) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} (${Math.round(right)})`);
      return { width: document.documentElement.scrollWidth, window: document.documentElement.clientWidth, over: over.slice(0, 8) };
    });
    assert.ok(wide.width <= wide.window, `${screen} at 200% text is ${wide.width} px wide in a ${wide.window} px window: ${wide.over.join(", ")}`);
  }
  await browser.execute(() => (document.documentElement.style.fontSize = ""));
});

/**
 * axe-core on every screen, light and dark: no WCAG 2.1 A or AA violation. Every screen's
 * count is printed (the figure for the notes) before the test fails on any.
 */
test("every screen passes axe-core, light, dark and in the pseudo-locale", async () => {
  const found = [];
  async function check(theme, screen) {
    await browser.waitUntil(async () => (await count("main h1")) > 0, { timeout: 10_000, timeoutMsg: `${screen} never showed` });
    // Let lazy parts (charts, lists) load before judging.
    await new Promise((r) => setTimeout(r, 400));
    const v = await axeViolations(browser);
    console.log(`axe ${theme} ${screen}: ${v.length} violations`);
    for (const line of v) console.log(`  ${line}`);
    found.push(...v.map((l) => `${theme} ${screen}: ${l}`));
    await screenshot(`axe-${theme}-${screen.toLowerCase().replace(/\W+/g, "-")}`);
  }
  const variants = { light: {}, dark: { GTK_THEME: "Adwaita:dark" }, pseudo: { LANG: "en_XA.UTF-8" } };
  for (const [theme, env] of Object.entries(variants)) {
    await quit().catch(() => {});
    await startDriver(env);
    wipeDatabase();
    await launch();
    assert.equal(
      await browser.execute(() => matchMedia("(prefers-color-scheme: dark)").matches),
      theme === "dark",
      `the window is in the ${theme} theme`,
    );
    await browser.$("#start").waitForDisplayed({ timeout: 10_000 });
    await check(theme, "Welcome");
    await quit();
    seedThreeDays();
    await launch();
    await browser.waitUntil(async () => (await count("#checkin-state")) === 1, { timeout: 10_000, timeoutMsg: "Today" });
    await check(theme, "Today");
    await press(await browser.$("#when-to-call-toggle"));
    await browser.waitUntil(async () => (await count("#when-to-call li")) > 0, { timeout: 10_000, timeoutMsg: "when to call" });
    await check(theme, "Today when to call");
    for (const screen of ["Check-in", "Progress", "Timeline", "Sessions", "More", "Reminders", "When to call", "Settings"]) {
      await open(screen);
      await check(theme, screen);
    }
    // Reminders' folded days, opened.
    await open("Reminders");
    await browser.execute(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await check(theme, "Reminders opened");
  }
  assert.deepEqual(found, [], `axe found ${found.length} WCAG A/AA violations`);
});

/**
 * German and the pseudo-locale (accented, about a third longer) on every screen, at 390x844
 * and 320x640: the words come from the catalog, nothing runs off the side, and no tab label is
 * cut. The screenshots are for a person to look at.
 */
test("every screen in German and in the pseudo-locale, at 390 and 320 wide", async () => {
  for (const [tag, LANG, tabs] of [
    ["de", "de_DE.UTF-8", ["Heute", "Check-in", "Verlauf", "Plan", "Mehr"]],
    ["en-XA", "en_XA.UTF-8", ["Ţööđååýý", "Çĥééçķ-îîñ", "Þŕööĝŕééšš", "Þļååñ", "Ṁööŕéé"]],
  ]) {
    await quit().catch(() => {});
    await startDriver({ LANG });
    seedThreeDays();
    await launch();
    assert.equal(await browser.execute(() => document.documentElement.lang), tag);
    assert.deepEqual(await browser.execute(() => [...document.querySelectorAll("nav button")].map((b) => b.textContent.trim())), tabs);
    for (const [w, h] of [[390, 844], [320, 640]]) {
      await browser.setWindowSize(w, h);
      for (const screen of ["Today", "Check-in", "Progress", "Timeline", "Sessions", "More", "Reminders", "When to call", "Settings"]) {
        await open(screen);
        await browser.waitUntil(async () => (await count("main h1")) > 0, { timeout: 10_000, timeoutMsg: screen });
        await new Promise((r) => setTimeout(r, 300));
        await screenshot(`${tag}-${w}-${screen.toLowerCase().replace(/\W+/g, "-")}`);
        const fit = await browser.execute(() => ({
          width: document.documentElement.scrollWidth,
          window: document.documentElement.clientWidth,
          cut: [...document.querySelectorAll("nav .nav-label")].filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
          // A label on two lines is a word broken in the middle.
          broken: [...document.querySelectorAll("nav .nav-label")]
            .filter((l) => l.getBoundingClientRect().height > parseFloat(getComputedStyle(l).lineHeight) * 1.5)
            .map((l) => l.textContent),
        }));
        assert.ok(fit.width <= fit.window, `${tag} ${screen} at ${w} px is ${fit.width} px wide`);
        assert.deepEqual(fit.cut, [], `${tag} at ${w} px: tab labels cut`);
        assert.deepEqual(fit.broken, [], `${tag} at ${w} px: tab labels broken over two lines`);
      }
    }
    // The words the catalog has for these screens are the language's own.
    await open("Reminders");
    const heading = await text("main h1");
    assert.equal(heading, tag === "de" ? "Erinnerungen" : "Ŕééɱîîñđééŕš");
    const day = await text("#upcoming-days .day-heading");
    assert.match(day, tag === "de" ? /^(Heute|Morgen)/ : /^(Ţööđååýý|Ţööɱööŕŕööŵ)/);
    // Under a day's heading a reminder shows its time only.
    assert.match(await text("#upcoming-days li .spread .when"), /^\d\d:\d\d$/);
    // Moments are written as the language writes them, by the Rust side ("Do., 26. Nov., 09:00").
    await open("Today");
    const when = (await text("#treated")).replace(/\u00a0/g, " ");
    assert.match(
      when,
      tag === "de" ? /^Behandelt am (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+, \d\d:\d\d/ : /^\S+ \S+ \d{1,2} \S+, \d\d:\d\d/,
    );
    if (tag === "en-XA") assert.doesNotMatch(when, / (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /);
    // The advice is the protocol's own German, and the warning's words the catalog's.
    if (tag === "de") {
      assert.match(await text("main"), /Direkte Sonne meiden/);
      assert.doesNotMatch(await text("main"), /Stay out of direct sun|Call your clinic today/);
      await browser.setWindowSize(390, 844);
      await hurriedTypingInGerman();
    }
  }
  await browser.setWindowSize(390, 844);
});

/**
 * The hurried typing of the English walk, in German: each refusal next to its field in German
 * words, what was typed kept, and nothing stored (read back through the command line).
 */
async function hurriedTypingInGerman() {
  const cli = (...args) => {
    const o = spawnSync(CLI, args, { env: cliEnv(), encoding: "utf8" });
    assert.equal(o.status, 0, `${args.join(" ")}: ${o.stderr}`);
    return o.stdout;
  };
  const checkinsBefore = cli("history", "--json");
  await open("Check-in");
  // The form shows once the day's entry has loaded.
  await browser.$("#breakouts").waitForExist({ timeout: 10_000, timeoutMsg: "the check-in form never showed" });
  await press(await browser.$('input[aria-label^="Rötung 2"]'));
  for (const [typed, words] of [
    ["abc", /^Die Zahl neuer Pickel ist eine Zahl von 0 bis 500, nicht „abc“\.$/],
    ["", /^Geben Sie die Zahl neuer Pickel ein: eine ganze Zahl von 0 bis 500\.$/],
    ["2,5", /^Die Zahl neuer Pickel ist eine ganze Zahl wie 2, nicht 2,5\.$/],
    ["2.5", /ganze Zahl wie 2, nicht 2\.5/],
    ["99999999999", /muss zwischen 0 und 500 liegen, nicht 99999999999/],
    ["-3", /muss zwischen 0 und 500 liegen, nicht -3/],
  ]) {
    await emptyField("#breakouts");
    if (typed) await browser.$("#breakouts").addValue(typed);
    await press(await browser.$("#save-checkin"));
    const error = await waitText("#breakouts-error", words, `no German error for "${typed}": ${JSON.stringify(await text("#breakouts-error"))}`);
    assert.match(error, words);
    assert.equal(await value("#breakouts"), typed, "what was typed stays");
    assert.equal(await count("#saved"), 0, `"${typed}" was reported as saved`);
    if (typed === "2,5") await screenshot("de-checkin-error");
  }
  assert.equal(cli("history", "--json"), checkinsBefore, "no check-in was stored");

  const settingsBefore = cli("settings");
  await open("Settings");
  // The form shows once the stored settings have loaded.
  await browser.$("#s-grace").waitForExist({ timeout: 10_000, timeoutMsg: "the settings form never showed" });
  for (const [typed, words] of [
    ["abc", /^Die Nachfrist ist eine Zahl von 0 bis 1440, nicht „abc“\.$/],
    ["", /^Geben Sie die Nachfrist ein/],
    ["2,5", /ganze Zahl wie 2, nicht 2,5/],
    ["99999999999", /muss zwischen 0 und 1440 liegen/],
  ]) {
    await emptyField("#s-grace");
    if (typed) await browser.$("#s-grace").addValue(typed);
    await press(await browser.$("#save-settings"));
    assert.match(await waitText("#s-grace + .error", words, `no German error for a grace period of "${typed}"`), words);
    assert.equal(await value("#s-grace"), typed, "what was typed stays");
    if (typed === "abc") await screenshot("de-settings-error");
  }
  // A backup that names a day twice, through the restore field: refused beside it in German,
  // the day as a German reader writes it, and nothing restored.
  const backup = path.join(home, "sicherung.json");
  cli("export", "--json", backup);
  const doc = JSON.parse(readFileSync(backup, "utf8"));
  const logged = doc.treatments.find((t) => t.checkins.length > 0);
  logged.checkins.push(logged.checkins[0]);
  writeFileSync(backup, JSON.stringify(doc, null, 2));
  await browser.$("#restore").addValue(backup);
  const refusedBackup = await waitText("#restore ~ .error", /kommt zweimal vor/, "no German refusal for a backup with a day twice");
  assert.match(refusedBackup, /treatments\[\d+\]\.checkins\[\d+\]\.date: \w{2}\., \d{1,2}\. \S+ \d{4} kommt zweimal vor/);
  await browser.execute(() => document.querySelector("#restore ~ .error").scrollIntoView({ block: "center" }));
  await screenshot("de-restore-refused");
  assert.equal(cli("history", "--json"), checkinsBefore, "nothing was restored");
  assert.equal(cli("settings"), settingsBefore, "the settings are as they were");
}

/**
 * Dates as the device's region writes them, and the webview's own date and time fields in the
 * client's language: on an American desktop English reads "Sun, Nov 22, 9:00 AM" (Rust writes
 * it, the page's own dates follow), and a client who picks German there gets German fields
 * (WebKit is told the language, which `navigator.language` shows). The screenshots of
 * Settings show the time fields both ways.
 */
test("an American desktop writes American English, and gives a German client German fields", async () => {
  await quit().catch(() => {});
  await startDriver({ LANG: "en_US.UTF-8" });
  seedThreeDays();
  await launch();
  const navigatorLanguage = () => browser.execute(() => navigator.language);
  assert.match(await navigatorLanguage(), /^en-US$/i);
  assert.match(await text("#treated"), /^Treated (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}, 9:00 AM/);
  await open("Reminders");
  // The screen's heading comes before its list: wait for the list.
  await waitText("#upcoming-days li .spread .when", /^\d{1,2}:\d\d (AM|PM)$/, "no reminder time in 12 hours");
  // The page's own day headings, after "Today" and "Tomorrow": the month first, as in the US.
  const headings = await browser.execute(() => [...document.querySelectorAll(".day-heading")].map((h) => h.innerText.replace(/\u00a0/g, " ")));
  const later = headings.filter((h) => !/^(Today|Tomorrow)/.test(h));
  assert.ok(later.length > 0, headings.join(" | "));
  assert.match(later[0], /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}\s/);
  await open("Settings");
  await browser.$("#s-language").waitForExist({ timeout: 10_000, timeoutMsg: "the settings form never showed" });
  await screenshot("en-US-settings");

  // Chosen as the list's keyboard does it (a click would open GTK's own menu, which stays
  // open over the page in a headless run).
  await browser.execute(() => {
    const list = document.querySelector("#s-language");
    list.value = "de";
    list.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await press(await browser.$("#save-settings"));
  // The page starts again in the new language.
  await browser.waitUntil(
    async () => (await browser.execute(() => [document.documentElement.lang, document.body.dataset.ready].join()).catch(() => "")) === "de,1",
    { timeout: 20_000, timeoutMsg: "the page did not start again in German" },
  );
  assert.match(await navigatorLanguage(), /^de-DE$/i, "the webview's fields were not told German");
  await open("Today");
  assert.match(await text("#treated"), /^Behandelt am (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+, 09:00/);
  await open("Settings");
  await browser.$("#s-language").waitForExist({ timeout: 10_000, timeoutMsg: "the settings form never showed" });
  await screenshot("de-on-en-US-settings");
});

/** The window as the client sees it: mapped, titled as the app titles it. */
const windowShown = () => spawnSync("xdotool", ["search", "--onlyvisible", "--name", "^Aftercare Companion$"]).status === 0;
/** The app's WebKit web process (a child of the app's). */
const webProcess = () => {
  const app = spawnSync("pgrep", ["-o", "-f", APP], { encoding: "utf8" }).stdout.trim();
  return Boolean(app) && spawnSync("pgrep", ["-P", app, "-f", "WebKitWebProcess"]).status === 0;
};

/**
 * Closed to the tray (the setting is on by default), the window goes with WebKit's page and
 * its process: the app alone keeps the reminders. A notification's "Log today" opens the
 * window again on the check-in; a second launch opens it on Today. Closed while a form holds
 * unsaved input, the window asks first.
 */
test("closed to the tray, the window and its web process go (asked first while a form is unsaved); Log today or a second launch opens it again", async () => {
  await quit().catch(() => {});
  await startDriver({});
  // A treatment that ended a minute ago, in a zone where it is day: its first reminders are due.
  wipeDatabase();
  const cli = (...args) => {
    const o = spawnSync(CLI, args, { env: cliEnv(), encoding: "utf8" });
    assert.equal(o.status, 0, `${args.join(" ")}: ${o.stderr}`);
  };
  const ended = new Date(Date.now() - 60_000).toISOString().slice(0, 16) + "Z";
  cli("settings", "--tz", appEnv.TZ);
  cli("treatment", "add", "--ended", ended, "--tz", appEnv.TZ);
  if (!recorder || recorder.exitCode !== null) await startRecorder();
  const before = notifications().length;
  await launch();
  await waitText("#checkin-state", /Not logged/, "Today");
  assert.ok(windowShown() && webProcess(), "a window and its web process at start");
  // Painted on the CPU, the page still knows it is seen (Today's countdown runs only then).
  assert.equal(await browser.execute(() => document.visibilityState), "visible");
  await browser.waitUntil(async () => notifications().length > before, {
    timeout: 15_000,
    timeoutMsg: "the first reminders never reached the notification server",
  });
  const [note] = notifications().slice(before);
  assert.deepEqual(note.actions, ["snooze", "Snooze 15 min", "log-today", "Log today"]);

  const closeToTray = async () => {
    // As the window manager's close button does (Xvfb has none).
    const closed = spawnSync(CLOSE_WINDOW, ["Aftercare Companion"], { encoding: "utf8" });
    assert.equal(closed.status, 0, `close-window: ${closed.stderr}`);
    await goneToTray();
  };
  /** The window closed (by the client, or after "Leave without saving"). */
  const goneToTray = async () => {
    const until = Date.now() + 15_000;
    while ((windowShown() || webProcess()) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    assert.ok(!windowShown(), "the window is gone");
    assert.ok(!webProcess(), "WebKit's web process is gone with it");
    assert.ok(running(), "the app runs on in the tray, with the reminders");
  };
  /** The window opened again is driven like the first (WebDriver sees the app's new webview). */
  const reopened = async (what) => {
    const until = Date.now() + 15_000;
    while (!(windowShown() && webProcess()) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    assert.ok(windowShown() && webProcess(), `${what}: the window is open again, with a web process`);
    const handles = await browser.getWindowHandles();
    await browser.switchToWindow(handles.at(-1));
    await browser.waitUntil(async () => (await browser.execute(() => document.body?.dataset.ready)) === "1", {
      timeout: 30_000,
      timeoutMsg: `${what}: the window opened again never showed its first screen`,
    });
  };

  await closeToTray();
  recorder.stdin.write(`click ${note.id} log-today\n`);
  await reopened("Log today");
  await browser.waitUntil(async () => (await count("#screen-checkin #save-checkin")) === 1, {
    timeout: 10_000,
    timeoutMsg: "Log today on the notification did not open the window on the check-in",
  });
  await screenshot("checkin-opened-from-tray");
  // Taken once: a reload (as a change of language does) goes to Today, not back to the check-in.
  await browser.refresh();
  await browser.waitUntil(async () => (await browser.execute(() => document.body?.dataset.ready)) === "1", {
    timeout: 30_000,
    timeoutMsg: "the reloaded page never showed its first screen",
  });
  await waitText("#checkin-state", /Not logged/, "Today after a reload of the window opened on the check-in");
  // The page asks for a screen just after its first one: give it time to (wrongly) go there.
  const watched = Date.now() + 2_000;
  while (Date.now() < watched) {
    assert.equal(await count("#screen-checkin"), 0, "a reload went back to the check-in");
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(await count("#screen-today"), 1, "a reload left Today");

  await closeToTray();
  // A second launch (as from the menu) hands over to the first, which opens its window again.
  const second = spawnSync(APP, [], { env: appEnv, encoding: "utf8", timeout: 30_000 });
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /already running/);
  await reopened("a second launch");
  await waitText("#checkin-state", /Not logged/, "Today in the window opened again");
  assert.equal(await browser.execute(() => document.visibilityState), "visible");
  await screenshot("today-opened-again");

  // Closed with a half-typed check-in, the window asks first, and stays with the input until
  // the client chooses to leave it; a second close while asked goes ahead (a page that can't
  // answer must not keep the window open). The window is never only hidden.
  const typeUnsaved = async () => {
    await press(await nav("Check-in"));
    await browser.$("#notes").waitForExist({ timeout: 10_000 });
    await browser.$("#notes").setValue("half typed, not saved");
  };
  const asked = () => browser.execute(() => document.querySelector("#leaving-asked")?.open === true);
  const closeAsking = async (what) => {
    const close = spawnSync(CLOSE_WINDOW, ["Aftercare Companion"], { encoding: "utf8" });
    assert.equal(close.status, 0, `close-window: ${close.stderr}`);
    await browser.waitUntil(asked, { timeout: 10_000, timeoutMsg: `${what}: closing with unsaved input did not ask` });
    assert.ok(windowShown() && webProcess(), `${what}: the window with unsaved input went before the client answered`);
  };
  await typeUnsaved();
  await closeAsking("the first close");
  assert.equal(
    await browser.execute(() => document.activeElement?.getAttribute("value")),
    "keep-editing",
    "the question's focus is not on keeping the input",
  );
  assert.deepEqual(await axeViolations(browser), [], "the question has accessibility violations");
  await screenshot("leaving-asked");
  await press(await browser.$("#leaving-asked button[value=keep-editing]"));
  await browser.waitUntil(async () => !(await asked()), { timeout: 5_000, timeoutMsg: "Keep editing left the question open" });
  assert.equal(await value("#notes"), "half typed, not saved", "Keep editing lost the note");
  assert.ok(windowShown(), "Keep editing closed the window");
  // Asked again at the next close; Escape keeps editing too.
  await closeAsking("a close after Keep editing");
  await browser.keys("Escape");
  await browser.waitUntil(async () => !(await asked()), { timeout: 5_000, timeoutMsg: "Escape left the question open" });
  assert.equal(await value("#notes"), "half typed, not saved", "Escape lost the note");
  await closeAsking("a close after Escape");
  await press(await browser.$("#leaving-asked button[value=leave]"));
  await goneToTray();
  // Opened again, the check-in is empty; a second close while asked closes.
  assert.equal(spawnSync(APP, [], { env: appEnv, encoding: "utf8", timeout: 30_000 }).status, 0);
  await reopened("a launch after leaving the unsaved note");
  await typeUnsaved();
  await closeAsking("a close before the second");
  await closeToTray();
  // Open again for WebDriver to end the session on (ending it closes the app's window).
  assert.equal(spawnSync(APP, [], { env: appEnv, encoding: "utf8", timeout: 30_000 }).status, 0);
  await reopened("a launch after the unsaved input was left");
  await quit();
});

/**
 * A database the app can't open (here a file that is not one) is said in the window, in the
 * device's language, where a client who started the app from a menu sees it (it used to be a
 * line on stderr and no window); the file is left as it was.
 */
test("a database that won't open is said in the window, in the device's language", async () => {
  await quit().catch(() => {});
  await startDriver({ LANG: "de_DE.UTF-8" });
  wipeDatabase();
  mkdirSync(path.dirname(DB), { recursive: true });
  const junk = Buffer.alloc(8192, "x");
  writeFileSync(DB, junk);
  await launch();
  const said = await waitText("main .error[role=alert]", /beschädigt/, "the window never said why");
  assert.match(said, /^Aftercare Companion konnte seine Daten nicht öffnen \(.*aftercare\.db\): .*beschädigt/);
  assert.equal(await browser.execute(() => document.documentElement.lang), "de");
  assert.equal(await count("#unexpected-error"), 0, "no second, unexplained error");
  assert.equal(await text("#cant-start h1"), "Aftercare Companion kann nicht starten");
  assert.match(await text("#cant-start"), /nichts geändert oder gelöscht[\s\S]*rufen Sie Ihre Praxis an/);
  const violations = await axeViolations(browser);
  console.log(`axe start failure: ${violations.length} violations`);
  assert.deepEqual(violations, [], "the start failure passes axe-core");
  await screenshot("de-start-failure");
  await quit();
  assert.ok(readFileSync(DB).equals(junk), "the file is left as it was");
  wipeDatabase();
});

