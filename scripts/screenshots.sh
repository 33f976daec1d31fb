#!/usr/bin/env bash
# The README's screenshots: home, explainer and the original, each its first screen from the top (masthead included),
# at 1280 px and on a 412 px phone, light and dark; compressed with pngquant where it is installed.
# Needs the site on ORIGIN (default http://localhost:3000: npm start), e.g. ORIGIN=http://127.0.0.1:3200 npm run screenshots.
set -euo pipefail
origin=${ORIGIN:-http://localhost:3000}
story=/stories/blinken-xi-beijing-2023
shot() { node scripts/screenshot.mjs "$origin$2" "docs/screenshots/$1.png" "$3" 0 "$4"; }
rm -f docs/screenshots/*.png
for scheme in light dark; do
  dark=$([ "$scheme" = dark ] && echo 1 || echo 0)
  shot "home-1280-$scheme" / 0 "$dark"
  shot "home-412-$scheme" / 1 "$dark"
  shot "explainer-1280-$scheme" "$story" 0 "$dark"
  shot "explainer-412-$scheme" "$story" 1 "$dark"
  shot "article-1280-$scheme" "$story/article" 0 "$dark"
  shot "article-412-$scheme" "$story/article" 1 "$dark"
done
# Lossy but faithful at these settings (text and flat colour), and a fraction of the size; skipped where it would not help.
if command -v pngquant > /dev/null; then
  status=0
  pngquant --quality 80-95 --skip-if-larger --strip --force --ext .png docs/screenshots/*.png || status=$?
  # 98 and 99: a file left as it was (smaller already, or not at that quality), which is fine.
  case $status in 0 | 98 | 99) ;; *) exit "$status" ;; esac
fi
ls -l docs/screenshots
