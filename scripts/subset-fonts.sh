#!/usr/bin/env bash
# Regenerates the report's embedded fonts (crates/report/fonts/) from Debian's font packages,
# cut down to the scripts a client's notes are likely to use, so the app stays small.
# Not part of `make test`: the subsets are committed. Needs fonts-dejavu-core, fonts-symbola
# (apt) and fonttools (pip). Layout tables are kept whole: Arabic joins through them.
set -euo pipefail
out="$(dirname "$0")/../crates/report/fonts"
dejavu=/usr/share/fonts/truetype/dejavu
symbola=/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf
# Latin (with Vietnamese and IPA), Greek, Cyrillic, Hebrew, Arabic, punctuation, currency,
# arrows, maths, box drawing, shapes and the first symbol block.
text="U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+0590-05FF,U+0600-06FF,U+0750-077F,U+1E00-1EFF,U+1F00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+FB1D-FB4F,U+FB50-FDFF,U+FE70-FEFF,U+FFFD"
# Headings are the app's own words: Latin, Greek and Cyrillic are enough.
headings="U+0000-024F,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2190-21FF,U+2212"
# Emoji and pictographs.
emoji="U+2300-23FF,U+25A0-27BF,U+2B00-2BFF,U+1F300-1F6FF,U+1F900-1FAFF,U+FE0F,U+200D"
common=(--layout-features='*' --no-hinting --desubroutinize)
pyftsubset "$dejavu/DejaVuSans.ttf" --unicodes="$text" "${common[@]}" --output-file="$out/DejaVuSans-subset.ttf"
pyftsubset "$dejavu/DejaVuSans-Bold.ttf" --unicodes="$headings" "${common[@]}" --output-file="$out/DejaVuSans-Bold-subset.ttf"
pyftsubset "$symbola" --unicodes="$emoji" "${common[@]}" --output-file="$out/Symbola-subset.ttf"
ls -l "$out"/*.ttf
