#!/usr/bin/env python3
"""Start-up benchmark: Aftercare Companion against a hello-world Tauri app.

Builds both in release mode in this run (same Tauri version, features, window, CSP), then
launches each N times, alternating, under the current X display (run it inside `xvfb-run -a
dbus-run-session --`; `make bench-startup` does) and prints, for each:
  * the median time from launch to the first screen with data (the page calls `ready`,
    which prints a line on stdout when AFTERCARE_STARTUP_PROBE is set),
  * the peak PSS of the app and all its processes (WebKit's web and network processes),
    sampled in separate launches so the sampling does not slow the timed ones,
  * the release binary size,
and the ratio of the medians (goal: at most 1.10).
"""
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "target"
RUNS = int(os.environ.get("BENCH_RUNS", "10"))
SETTLE = float(os.environ.get("BENCH_SETTLE_SECONDS", "2"))
MEMORY_RUNS = int(os.environ.get("BENCH_MEMORY_RUNS", "3"))


def run(cmd, **kw):
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, **kw)


def build():
    run(["cargo", "build", "--release", "--locked", "-p", "aftercare-app", "--bin", "aftercare-app"], cwd=ROOT)
    # The command line puts a treatment in the benchmark's database.
    run(["cargo", "build", "--release", "--locked", "-p", "aftercare-cli"], cwd=ROOT)
    run(["cargo", "build", "--release", "--manifest-path", str(ROOT / "bench/hello-tauri/Cargo.toml"),
         "--target-dir", str(TARGET)], cwd=ROOT)
    return TARGET / "release/aftercare-app", TARGET / "release/hello-tauri"


def descendants(pid):
    """pid and every process below it (WebKit starts its helpers as children)."""
    children = {}
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [pid]
    while todo:
        q = todo.pop()
        out.append(q)
        todo.extend(children.get(q, []))
    return out


def pss_kib(pids):
    """PSS (KiB) by process: the app itself, WebKit's web process, its network process."""
    out = {}
    for q in pids:
        try:
            name = Path(f"/proc/{q}/comm").read_text().strip()
            for line in Path(f"/proc/{q}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    kind = ("web" if "WebProcess" in name or name.startswith("WebKitWeb")
                            else "network" if "Network" in name else "app")
                    out[kind] = out.get(kind, 0) + int(line.split()[1])
                    break
        except OSError:
            pass
    return out


def peak_of(peak, sample):
    """The sample with the larger total wins: the breakdown is of that one moment."""
    return sample if sum(sample.values()) > sum(peak.values()) else peak


def launch(binary, env, memory=False):
    """Seconds from spawn to the page's `ready`; with `memory`, also the peak PSS (KiB) of the
    app and its helpers until it has settled. Timed launches don't sample memory: walking
    /proc takes CPU from the app it measures, on a two-core machine."""
    t0 = time.perf_counter()
    p = subprocess.Popen([str(binary)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         start_new_session=True, text=True)
    ready = threading.Event()
    ready_at = []

    def reader():
        for line in p.stdout:
            if line.strip() == "aftercare-ready" and not ready_at:
                ready_at.append(time.perf_counter())  # when the line came, not when we looked
                ready.set()

    threading.Thread(target=reader, daemon=True).start()
    peak = {}
    while not ready.is_set():
        if p.poll() is not None:
            raise RuntimeError(f"{binary.name} exited with {p.returncode} before its first screen")
        if time.perf_counter() - t0 > 60:
            raise RuntimeError(f"{binary.name} showed no data within 60 s")
        if memory:
            peak = peak_of(peak, pss_kib(descendants(p.pid)))
        ready.wait(0.05)
    elapsed = ready_at[0] - t0
    settle_until = time.perf_counter() + (SETTLE if memory else 0.3)
    while time.perf_counter() < settle_until:
        if memory:
            peak = peak_of(peak, pss_kib(descendants(p.pid)))
        time.sleep(0.1)
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    time.sleep(0.3)  # let WebKit's helpers go, so runs don't overlap
    return elapsed, peak


def main():
    if not os.environ.get("DISPLAY"):
        sys.exit("bench-startup: no DISPLAY; run it under `xvfb-run -a dbus-run-session --` (make bench-startup does)")
    app, hello = build()
    home = Path(tempfile.mkdtemp(prefix="aftercare-bench-"))
    env = dict(os.environ, AFTERCARE_STARTUP_PROBE="1", AFTERCARE_DB=str(home / "aftercare.db"),
               AFTERCARE_EXPORT_DIR=str(home / "exports"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "share"))
    # The app's first screen with data is Today for a treatment that ended 10 hours ago.
    ended = subprocess.run(["date", "-u", "-d", "-10 hours", "+%Y-%m-%dT%H:%M:00Z"], capture_output=True, text=True,
                           check=True).stdout.strip()
    run([str(TARGET / "release/aftercare"), "treatment", "add", "--ended", ended, "--tz", "Europe/Berlin"], env=env,
        stdout=subprocess.DEVNULL)
    apps = (("hello-tauri", hello), ("aftercare-app", app))
    for _, binary in apps:
        launch(binary, env)  # one warm-up run: page cache and font cache, for both alike
    times = {name: [] for name, _ in apps}
    peaks = {name: [] for name, _ in apps}
    # Alternating launches: whatever else the machine does at the time weighs on both alike.
    for _ in range(RUNS):
        for name, binary in apps:
            times[name].append(launch(binary, env)[0])
    for _ in range(MEMORY_RUNS):
        for name, binary in apps:
            peaks[name].append(launch(binary, env, memory=True)[1])
    results = {
        name: (statistics.median(times[name]), max(peaks[name], key=lambda p: sum(p.values())), binary.stat().st_size,
               times[name])
        for name, binary in apps
    }
    shutil.rmtree(home, ignore_errors=True)

    print(f"\nStart-up to first screen with data, {RUNS} alternating launches each (after one warm-up), "
          f"under Xvfb; peak PSS over {MEMORY_RUNS} more launches each, {SETTLE:g} s past the first screen:")
    print(f"{'app':<15}{'median':>10}{'min':>10}{'max':>10}{'peak PSS':>12}{'app proc':>11}{'web proc':>11}"
          f"{'network':>11}{'binary':>12}")
    for name, (med, peak, size, times) in results.items():
        mib = lambda k: peak.get(k, 0) / 1024
        print(f"{name:<15}{med * 1000:>8.0f}ms{min(times) * 1000:>8.0f}ms{max(times) * 1000:>8.0f}ms"
              f"{sum(peak.values()) / 1024:>9.1f}MiB{mib('app'):>8.1f}MiB{mib('web'):>8.1f}MiB{mib('network'):>8.1f}MiB"
              f"{size / 1048576:>9.1f}MiB")
    a, h = results["aftercare-app"][1], results["hello-tauri"][1]
    print("peak PSS above hello-tauri: " + ", ".join(
        f"{k} {(a.get(k, 0) - h.get(k, 0)) / 1024:+.1f} MiB" for k in ("app", "web", "network"))
        + f", total {(sum(a.values()) - sum(h.values())) / 1024:+.1f} MiB")
    ratio = results["aftercare-app"][0] / results["hello-tauri"][0]
    verdict = "within" if ratio <= 1.10 else "over"
    print(f"ratio aftercare/hello: {ratio:.3f} ({verdict} the 1.10 goal)")


if __name__ == "__main__":
    main()
