# The two commands: `make run` and `make test` (see README.md).
SHELL := /bin/bash
CARGO ?= cargo
export PATH := $(HOME)/.cargo/bin:$(PATH)

UI_DEPS := ui/node_modules/.package-lock.json
E2E_DEPS := tests/e2e/node_modules/.package-lock.json
APP := target/debug/aftercare-app

.PHONY: install-desktop package run test deps-run deps-test ui ui-check fmt lint unit e2e bindings fuzz bench bench-compare bench-startup idle-wakeups cli-plan clean

# `make run` opens the app window (built UI served from the binary, no dev server).
run: deps-run ui
	$(CARGO) run --quiet -p aftercare-app --bin aftercare-app

test: deps-test fmt ui-check lint unit e2e

# A test run builds once, from scratch on CI: incremental caches (1.2 GB for this workspace)
# would only fill the disk. Every step of `make test` builds the same way, so nothing is
# built twice within it.
test: export CARGO_INCREMENTAL = 0

# The desktop entry and icons, for this user, pointing at the app built here: the menu finds
# the app, and notification servers show its icon and group its notifications.
install-desktop:
	scripts/install-desktop.sh

deps-run:
	@scripts/deps.sh run

deps-test:
	@scripts/deps.sh test

$(UI_DEPS): ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund

$(E2E_DEPS): tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund

# The app embeds ui/dist at compile time, so everything that compiles src-tauri needs it.
ui: $(UI_DEPS)
	cd ui && npm run build

ui-check: $(UI_DEPS)
	cd ui && npm run check
	cd ui && npm test

fmt:
	$(CARGO) fmt --all -- --check

lint: ui
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit: ui
	$(CARGO) test --workspace --locked

# The real window through tauri-driver + WebKitWebDriver, on a virtual display, in a
# private D-Bus session (tests/dbus/session.conf: nothing installed is activated), beside a
# recording notification server (an example of crates/reminders); then `aftercare daemon`
# against dunst, a real notification server, on a bus of its own; then the Debian package,
# built from the same debug build, is checked and its app started. Screenshots land in
# target/e2e-screenshots/. This builds what `cargo test --workspace` builds, with the same
# features, so after `make unit` nothing is rebuilt.
e2e: ui $(E2E_DEPS)
	$(CARGO) build --locked --workspace --bins --tests --examples
	scripts/package-deb.sh debug
	xvfb-run -a dbus-run-session --config-file=tests/dbus/session.conf -- node --test --test-concurrency=1 \
		tests/e2e/app.test.mjs tests/e2e/dunst.test.mjs tests/e2e/package.test.mjs

# The Debian package for clients (target/package/aftercare-companion_VERSION_amd64.deb),
# with Tauri's bundler, from a release build. (`make test` packages its debug build instead.)
package: ui
	$(CARGO) build --release --locked --workspace --bins
	scripts/package-deb.sh release

# Regenerates ui/src/lib/bindings.ts from the Rust commands (a test fails while it is stale).
bindings:
	$(CARGO) run --quiet -p aftercare-app --example bindings

# The command fuzz test with more cases than `make test` runs (per command), and its figures.
FUZZ_CASES ?= 2000
fuzz:
	AFTERCARE_FUZZ_CASES=$(FUZZ_CASES) $(CARGO) test -p aftercare-app --test fuzz -- --nocapture

# Benchmarks print figures; they are not part of `make test`.
bench:
	$(CARGO) bench -p aftercare-core --bench plan
	$(CARGO) bench -p aftercare-store --bench history
	$(CARGO) bench -p aftercare-report --bench report
	$(CARGO) bench -p aftercare-photos --bench import --bench compare
	$(CARGO) run --release -p aftercare-photos --example import-peak

# Opening the photo comparison in the real window with 30 days of photos (a figure, no assertion).
bench-compare: ui $(E2E_DEPS)
	$(CARGO) build --locked -p aftercare-app -p aftercare-cli --bins
	xvfb-run -a dbus-run-session --config-file=tests/dbus/session.conf -- node tests/e2e/compare-bench.mjs

bench-startup: ui
	xvfb-run -a dbus-run-session -- python3 scripts/bench-startup.py

# How often the idle app's threads wake (window shown, then closed to the tray).
idle-wakeups: ui
	$(CARGO) build --locked -p aftercare-app -p aftercare-cli --bins --example close-window
	xvfb-run -a dbus-run-session -- python3 scripts/idle-wakeups.py

# The plan of a sample treatment that ended 10 hours ago, in the terminal.
SAMPLE_TZ ?= Europe/Berlin
cli-plan:
	$(CARGO) run --quiet -p aftercare-cli -- plan --treated $$(TZ=$(SAMPLE_TZ) date -d '-10 hours' +%Y-%m-%dT%H:%M) --tz $(SAMPLE_TZ) --quiet 22:00-07:00

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules
