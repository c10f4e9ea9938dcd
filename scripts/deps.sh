#!/usr/bin/env bash
# Makes sure what `make run` / `make test` need is installed.
#   scripts/deps.sh run|test
# System packages are installed with apt-get when running as root; otherwise the exact
# install line is printed and the script stops (exit 1). Rust and Node are expected.
set -euo pipefail
what=${1:-test}

# Debian package names, per purpose. Keep in step with the README.
# The window (Tauri 2 on WebKitGTK) needs these to build and run:
run_pkgs=(pkg-config libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev)
# Tests: a private D-Bus session, a virtual display and WebKit's WebDriver for the end-to-end run;
# dunst, a real notification server, and desktop-file-validate for the notifications' test;
# lintian (and binutils' strip, dpkg-deb) for the package's.
# poppler-utils (pdftotext, pdftoppm) and qpdf check the clinic report; locales holds the
# German and English locale sources the end-to-end run builds (localedef) for the webview.
test_pkgs=(dbus-daemon xvfb xauth webkit2gtk-driver dunst desktop-file-utils lintian binutils poppler-utils qpdf xdotool locales)
case "$what" in
  run) want=("${run_pkgs[@]}") ;;
  test) want=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || { echo "deps: '$1' is missing. $2" >&2; exit 1; }
}
need_cmd cargo "Install Rust (https://rustup.rs) and try again."
need_cmd node "Install Node.js 20 or newer (with npm) and try again."
need_cmd npm "Install npm (it comes with Node.js) and try again."
if [[ $what == test ]]; then
  cargo fmt --version >/dev/null 2>&1 || { echo "deps: rustfmt is missing: rustup component add rustfmt" >&2; exit 1; }
  cargo clippy --version >/dev/null 2>&1 || { echo "deps: clippy is missing: rustup component add clippy" >&2; exit 1; }
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "deps: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "deps: missing system packages. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# The end-to-end tests drive the app through tauri-driver (a cargo-installed tool).
if [[ $what == test ]] && ! command -v tauri-driver >/dev/null 2>&1; then
  if [[ -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]]; then
    :
  else
    echo "deps: installing tauri-driver"
    cargo install tauri-driver --locked --version '^2'
  fi
fi
