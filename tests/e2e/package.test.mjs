// The Debian package that `make test` builds from the debug build (scripts/package-deb.sh):
// its metadata and contents, lintian (no errors; warnings are printed), the desktop entry,
// and the app binary taken out of the package starting and showing its first screen.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(root, "target/package");
const VERSION = JSON.parse(readFileSync(path.join(root, "src-tauri/tauri.conf.json"), "utf8")).version;
const DEB = path.join(OUT, `aftercare-companion_${VERSION}_amd64.deb`);
const home = mkdtempSync(path.join(tmpdir(), "aftercare-package-"));
const unpacked = path.join(home, "root");
let app;

after(() => {
  app?.kill("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

function run(cmd, args, ok = [0]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  assert.ok(ok.includes(r.status), `${cmd} ${args.join(" ")} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test("the package says what it is and what it needs, and nothing more", () => {
  assert.ok(existsSync(DEB), `no package in ${OUT}: make test builds it (scripts/package-deb.sh)`);
  const info = run("dpkg-deb", ["--info", DEB]);
  assert.match(info, /^ Package: aftercare-companion$/m);
  assert.match(info, new RegExp(`^ Version: ${VERSION.replace(/\./g, "\\.")}$`, "m"));
  assert.match(info, /^ Maintainer: .+ <.+@.+>$/m);
  assert.match(info, /^ Homepage: https:\/\//m);
  assert.match(info, /^ Description: Aftercare timeline, reminders and skin diary after micro-needling$/m);
  const depends = /^ Depends: (.*)$/m.exec(info)?.[1].split(", ").map((d) => d.split(" ")[0]).sort();
  assert.deepEqual(depends, ["libayatana-appindicator3-1", "libc6", "libgcc-s1", "libgtk-3-0", "libwebkit2gtk-4.1-0"]);
});

test("it holds the app, the command line, the desktop entry, icons and the daemon's unit", () => {
  const files = run("dpkg-deb", ["--contents", DEB])
    .split("\n")
    .filter((l) => l && !l.endsWith("/"))
    .map((l) => l.split(/\s+/).slice(5).join(" ").replace(/^\.\//, ""))
    .sort();
  const expected = [
    "usr/bin/aftercare",
    "usr/bin/aftercare-companion",
    "usr/lib/systemd/user/aftercare-daemon.service",
    "usr/share/applications/app.aftercare.companion.desktop",
    "usr/share/doc/aftercare-companion/changelog.gz",
    "usr/share/doc/aftercare-companion/copyright",
    ...["128x128", "256x256", "32x32", "512x512"].map((s) => `usr/share/icons/hicolor/${s}/apps/app.aftercare.companion.png`),
  ].sort();
  assert.deepEqual(files, expected);
  run("dpkg-deb", ["-x", DEB, unpacked]);
  assert.match(readFileSync(path.join(unpacked, "usr/lib/systemd/user/aftercare-daemon.service"), "utf8"), /^ExecStart=\/usr\/bin\/aftercare daemon$/m);
  assert.match(readFileSync(path.join(unpacked, "usr/share/doc/aftercare-companion/copyright"), "utf8"), /^License: MIT$/m);
  const entry = path.join(unpacked, "usr/share/applications/app.aftercare.companion.desktop");
  const v = spawnSync("desktop-file-validate", [entry], { encoding: "utf8" });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.equal(v.stdout.trim(), "");
  assert.match(readFileSync(entry, "utf8"), /^Exec=aftercare-companion$/m);
  assert.match(readFileSync(entry, "utf8"), /^Icon=app\.aftercare\.companion$/m);
});

test("lintian finds no errors", () => {
  const r = spawnSync("lintian", ["--fail-on", "error", "--tag-display-limit", "0", DEB], { encoding: "utf8" });
  const tags = r.stdout.split("\n").filter((l) => /^[EWI]: /.test(l));
  console.log(`lintian: ${tags.filter((t) => t.startsWith("E:")).length} errors, ${tags.filter((t) => t.startsWith("W:")).length} warnings`);
  for (const t of tags) console.log(`  ${t}`);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(tags.filter((t) => t.startsWith("E:")), []);
});

test("the app taken out of the package starts and shows its first screen", async () => {
  assert.ok(process.env.DISPLAY, "run under xvfb-run (see the Makefile)");
  const bin = path.join(unpacked, "usr/bin/aftercare-companion");
  assert.ok(existsSync(bin), "unpacked by the test above");
  app = spawn(bin, [], {
    env: {
      ...process.env,
      AFTERCARE_STARTUP_PROBE: "1",
      AFTERCARE_DB: path.join(home, "data/aftercare.db"),
      AFTERCARE_EXPORT_DIR: path.join(home, "exports"),
      XDG_CONFIG_HOME: path.join(home, "config"),
      XDG_DATA_HOME: path.join(home, "share"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  app.stderr.on("data", (d) => (err += d));
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    let out = "";
    app.stdout.on("data", (d) => {
      out += d;
      if (out.split("\n").includes("aftercare-ready")) (clearTimeout(timer), resolve(true));
    });
    app.on("exit", () => (clearTimeout(timer), resolve(false)));
  });
  assert.ok(ready, `the packaged app never showed its first screen:\n${err}`);
});
