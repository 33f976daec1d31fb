#!/usr/bin/env bash
# The README's screenshots: home, explainer and the original, at 1280 px and on a 412 px phone, light and dark.
# Needs the site on ORIGIN (default http://localhost:3000: npm start).
set -euo pipefail
origin=${ORIGIN:-http://localhost:3000}
story=/stories/blinken-xi-beijing-2023
shot() { node scripts/screenshot.mjs "$origin$2" "docs/screenshots/$1.png" "$3" 0 "${4:-}" "$5"; }
rm -f docs/screenshots/*.png
for scheme in light dark; do
  dark=$([ "$scheme" = dark ] && echo 1 || echo 0)
  shot "home-1280-$scheme" / 0 "" "$dark"
  shot "home-412-$scheme" / 1 "" "$dark"
  shot "explainer-1280-$scheme" "$story" 0 "" "$dark"
  shot "explainer-412-$scheme" "$story" 1 "" "$dark"
  shot "article-1280-$scheme" "$story/article" 0 "#p-6" "$dark"
  shot "article-412-$scheme" "$story/article" 1 "#p-7" "$dark"
done
