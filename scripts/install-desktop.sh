#!/usr/bin/env bash
# Installs, for the current user, the app's desktop entry and its icons under the app id
# (app.aftercare.companion), where the desktop's menu and notification servers look for
# them, pointing at the app built from this tree (or at BINARY).
#   scripts/install-desktop.sh [BINARY]      (make install-desktop)
# Remove with: rm "${XDG_DATA_HOME:-$HOME/.local/share}"/{applications,icons/hicolor/*/apps}/app.aftercare.companion.*
set -euo pipefail
cd "$(dirname "$0")/.."
id=app.aftercare.companion
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$(realpath -m "${1:-target/debug/aftercare-app}")
install -D -m 644 icons/32x32.png "$data/icons/hicolor/32x32/apps/$id.png"
install -D -m 644 icons/128x128.png "$data/icons/hicolor/128x128/apps/$id.png"
install -D -m 644 icons/128x128@2x.png "$data/icons/hicolor/256x256/apps/$id.png"
install -d "$data/applications"
sed "s|^Exec=.*|Exec=\"$bin\"|" "packaging/linux/$id.desktop" >"$data/applications/$id.desktop"
chmod 644 "$data/applications/$id.desktop"
echo "Installed $id.desktop and its icons under $data (Exec=$bin)."
