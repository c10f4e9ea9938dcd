#!/usr/bin/env python3
"""Idle wake-ups: how often the app's threads run while nothing is due.

Starts the app (target/debug/aftercare-app, or the binary given as the first argument)
under the current X display (run it inside `xvfb-run -a dbus-run-session --`; `make
idle-wakeups` does) on a database whose treatment's reminders are all past, lets it
settle, then counts the context switches (voluntary + involuntary, from
/proc/PID/task/*/status) of every thread of the app process minute by minute: three
minutes (IDLE_SHOWN_WINDOWS) with the window shown, then three (IDLE_HIDDEN_WINDOWS) with
it closed to the tray.
Prints the total per minute and the threads that woke most; WebKit's web process is
shown beside it for scale.

Goal (issue 14): between reminders the app's own threads wake at most once a minute. The
app's own: every thread of the process but those WebKitGTK, Mesa and GLib start (NOT_OURS).
"""
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Start-up is over by then: the tray comes 3 s after the first screen, the last start-up
# timer ends at 30 s (src-tauri/src/state.rs), and GTK and WebKit settle.
SETTLE = float(os.environ.get("IDLE_SETTLE_SECONDS", "45"))
# Threads WebKitGTK, Mesa and GLib start in the app's process: counted, but not the app's own.
# (WebKit's memory-pressure monitor reads /proc every 5 s; WebKitGTK 2.50 has no switch for it.)
NOT_OURS = ("PressureMonitor", "ReceiveQueue", "VBlankMonitor", "ebsiteDataStore", "llvmpipe", "afterca:disk",
            "gmain", "gdbus", "dconf worker", "pool-")
WINDOW = float(os.environ.get("IDLE_SECONDS", "60"))
SHOWN_WINDOWS = int(os.environ.get("IDLE_SHOWN_WINDOWS", "3"))
HIDDEN_WINDOWS = int(os.environ.get("IDLE_HIDDEN_WINDOWS", "3"))


def switches(pid):
    """{(tid, name): context switches so far} for every thread of `pid`."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            n = 0
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                    n += int(line.split()[1])
            out[(int(task.name), name)] = n
        except OSError:
            pass
    return out


def children(pid):
    kids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int((p / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    kids.append(int(p.name))
            except (OSError, ValueError, IndexError):
                pass
    return kids


def web_process(pid):
    for k in children(pid):
        try:
            if "WebKitWebProcess" in (Path(f"/proc/{k}/cmdline").read_text()):
                return k
        except OSError:
            pass
    return None


def measure(pid, seconds):
    before = switches(pid)
    time.sleep(seconds)
    after = switches(pid)
    per_thread = {k: (after[k] - before.get(k, 0)) * 60 / seconds for k in after}
    return sum(per_thread.values()), per_thread


def report(label, total, per_thread, web):
    ours = sum(n for (_, name), n in per_thread.items() if not name.startswith(NOT_OURS))
    print(f"\n{label}: app process {total:.0f} wake-ups per minute, {ours:.0f} of them on the app's own threads"
          + (f"; WebKit web process {web:.0f}" if web is not None else ""))
    busiest = sorted(per_thread.items(), key=lambda kv: -kv[1])[:8]
    for (tid, name), n in busiest:
        if n > 0:
            print(f"  {name:<20} (tid {tid:>7}) {n:6.1f}/min")


def main():
    if not os.environ.get("DISPLAY"):
        sys.exit("idle-wakeups: no DISPLAY; run it under `xvfb-run -a dbus-run-session --` (make idle-wakeups does)")
    binary = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/debug/aftercare-app"
    cli = binary.parent / "aftercare"
    home = Path(tempfile.mkdtemp(prefix="aftercare-idle-"))
    env = dict(os.environ, AFTERCARE_DB=str(home / "aftercare.db"), AFTERCARE_EXPORT_DIR=str(home / "exports"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"))
    # Twenty days ago: every reminder of the treatment is past, the next session is weeks away.
    ended = subprocess.run(["date", "-u", "-d", "-20 days", "+%Y-%m-%dT%H:%M:00Z"], capture_output=True, text=True,
                           check=True).stdout.strip()
    subprocess.run([str(cli), "treatment", "add", "--ended", ended, "--tz", "Europe/Berlin"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    p = subprocess.Popen([str(binary)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        time.sleep(SETTLE)
        if p.poll() is not None:
            sys.exit(f"the app exited with {p.returncode}")
        wp = web_process(p.pid)
        for i in range(SHOWN_WINDOWS):
            web_before = switches(wp) if wp else {}
            total, per_thread = measure(p.pid, WINDOW)
            web_after = switches(wp) if wp else {}
            web = sum(n - web_before.get(k, 0) for k, n in web_after.items()) * 60 / WINDOW if wp else None
            report(f"Window shown, {WINDOW:g} s from {SETTLE + i * WINDOW:g} s after start", total, per_thread, web)
        # Closed to the tray, as by the window manager's close button (Xvfb has none: the
        # example close-window sends its WM_DELETE_WINDOW): the window goes, with WebKit's
        # page and web process, and the app alone keeps the reminders.
        closer = ROOT / "target/debug/examples/close-window"
        closed = closer.exists() and subprocess.run([str(closer), "Aftercare Companion"],
                                                    capture_output=True).returncode == 0
        if closed:
            time.sleep(2)
            if p.poll() is not None:
                sys.exit(f"the app quit when its window closed (exit {p.returncode}): is 'Keep in the tray' off?")
            left = web_process(p.pid)
            print(f"\nClosed to the tray: WebKit's web process {'still runs' if left else 'is gone'}")
            for i in range(HIDDEN_WINDOWS):
                total, per_thread = measure(p.pid, WINDOW)
                report(f"Closed to the tray, {WINDOW:g} s from {i * WINDOW:g} s after closing", total, per_thread, None)
        else:
            print(f"\n({closer} not built or no window: the closed case was not measured)")
    finally:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(10)


if __name__ == "__main__":
    main()
