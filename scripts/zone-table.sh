#!/usr/bin/env bash
# Writes crates/core/src/zones.tab, the zones a person can pick with the country they are in,
# from Debian's tzdata: zone.tab (one canonical zone per populated place, with its ISO 3166
# code) and iso3166.tab (the country's English name, for where the page's Intl can't name it).
# Run it again when tzdata adds a zone; the table is committed so builds and phones never
# read the system's copy.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/usr/share/zoneinfo}
{
  echo "# From tzdata ($(dpkg-query -W -f='${Version}' tzdata 2>/dev/null || echo unknown)): country code, zone, country."
  awk -F'\t' 'FNR == NR { if ($0 !~ /^#/) name[$1] = $2; next }
              $0 !~ /^#/ { print $1 "\t" $3 "\t" name[$1] }' "$dir/iso3166.tab" "$dir/zone.tab" | sort -t$'\t' -k2
} >"$here/crates/core/src/zones.tab"
