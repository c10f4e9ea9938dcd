#!/usr/bin/env bash
# Builds the Debian package with Tauri's own bundler (`tauri bundle`, from the @tauri-apps/cli
# npm package of ui/) from an existing build: `make package` from a release build (for
# clients); `make test` from the debug build it already made (no second build).
#   scripts/package-deb.sh [debug|release]   → target/package/aftercare-companion_VERSION_amd64.deb
# The packaged binaries are stripped copies (debug info is for developers). Tauri names the
# desktop entry after the product name ("Aftercare Companion.desktop") and the icons after
# the binary; notifications name the app by its id, so the entry and the icons are renamed to
# app.aftercare.companion (with the entry of packaging/linux) and the package is rebuilt with
# dpkg-deb from Tauri's own staging tree.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-debug}
id=app.aftercare.companion
build=target/$profile
out=target/package
mkdir -p "$out"
[[ -x $build/aftercare-app && -x $build/aftercare ]] || { echo "package: no $profile build of the app and the command line: build them first (make package does)" >&2; exit 1; }
strip -o "$build/aftercare-companion" "$build/aftercare-app"
strip -o "$out/aftercare" "$build/aftercare"
gzip -9n -c packaging/linux/changelog >"$out/changelog.gz"
rm -rf "$build/bundle/deb"
flag=()
[[ $profile == debug ]] && flag=(--debug)
(cd src-tauri && ../ui/node_modules/.bin/tauri bundle "${flag[@]}" --bundles deb --ci)

stage=$(find "$build/bundle/deb" -mindepth 1 -maxdepth 1 -type d | head -n 1)
data=$stage/data
rm -f "$data"/usr/share/applications/*.desktop
install -D -m 644 "packaging/linux/$id.desktop" "$data/usr/share/applications/$id.desktop"
sed -i "s|^Exec=.*|Exec=aftercare-companion|" "$data/usr/share/applications/$id.desktop"
icons=$data/usr/share/icons/hicolor
# Tauri files the 256 px icon under "256x256@2" (a 512 px size at scale 2): it is 256x256.
if [[ -d $icons/256x256@2 ]]; then
  mkdir -p "$icons/256x256"
  mv "$icons/256x256@2/apps" "$icons/256x256/"
  rmdir "$icons/256x256@2"
fi
for f in "$icons"/*/apps/aftercare-companion.png; do mv "$f" "${f%/*}/$id.png"; done
# The package's own files list and size, for what changed.
(cd "$data" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) >"$stage/control/md5sums"
size=$(find "$data" -type f -printf '%s\n' | awk '{ k += int(($1 + 1023) / 1024) } END { print k }')
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$stage/control/control"
version=$(sed -n 's/^Version: //p' "$stage/control/control")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cp -a "$data/." "$root/"
mkdir -p "$root/DEBIAN"
cp "$stage/control/control" "$stage/control/md5sums" "$root/DEBIAN/"
deb=$out/aftercare-companion_${version}_amd64.deb
# Only this build's package: an older version's would be mistaken for it.
rm -f "$out"/aftercare-companion_*_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
