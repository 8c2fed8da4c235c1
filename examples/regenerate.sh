#!/usr/bin/env bash
# Rebuild examples/ from the seed pages: the seed timeline in every format, its screenshot, and the
# data files of the static-site examples. Runs $PYTHON, else .venv/bin/python when there is one, else
# python3, with the package installed (pip install -e '.[dev]');
# the screenshot needs Debian's chromium (apt-get install chromium) and is skipped without it.
set -euo pipefail
cd "$(dirname "$0")/.."
default_python=python3
[ -x .venv/bin/python ] && default_python=.venv/bin/python
python=${PYTHON:-$default_python}
out=examples/seed-timeline
title="Xi and Putin reaffirm their alliance as Trump courts Moscow"
mkdir -p "$out"

"$python" -m timeline build examples/seeds --title "$title" --format json -o "$out/timeline.json"
"$python" -m timeline validate "$out/timeline.json"
for format_and_file in markdown:timeline.md html:timeline.html html-fragment:fragment.html \
  timelinejs:timelinejs.json ics:timeline.ics; do
  "$python" -m timeline render "$out/timeline.json" --format "${format_and_file%%:*}" -o "$out/${format_and_file#*:}"
done

sites=examples/sites
for data_dir in "$sites/hugo/data" "$sites/jekyll/_data" "$sites/eleventy/_data"; do
  cp "$out/timeline.json" "$data_dir/timeline.json"
done
for css_dir in "$sites/hugo/static" "$sites/jekyll/assets" "$sites/eleventy" "$sites/mkdocs/docs/css"; do
  mkdir -p "$css_dir"
  "$python" -c 'from timeline.render.html import stylesheet; print(stylesheet(), end="")' > "$css_dir/timeline.css"
done

if [ -x /usr/bin/chromium ]; then
  "$python" -m tests.render.chromium "$out/timeline.html" "$out/screenshot.png"
else
  echo "no /usr/bin/chromium: $out/screenshot.png not updated" >&2
fi
echo "examples regenerated in $out"
