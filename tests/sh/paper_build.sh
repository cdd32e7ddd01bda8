#!/usr/bin/env bash
# The paper builds from the fixture results: a PDF, every \gk{KEY} the text
# cites defined by the generated numbers, no hand-typed result, the comparison
# table filled from published.csv, the timeline figure from the fixture
# traces, and a missing matrix (and trace) still builds (its
# numbers read n/a and its figure says it was not produced).
# The first test that needs the fixture results makes them: a longer budget.
# budget: 240
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
FIX=${FIXTURE_RESULTS:-$T/fixture-results}   # made by tests/fixtures/make-results
bash "$ROOT/tests/fixtures/make-results" "$FIX" || exit 1
command -v pdflatex > /dev/null || { echo "pdflatex not installed"; exit 77; }
mkdir -p "$T/r"
cp -r "$FIX"/* "$T/r/"
RESULTS=$T/r bash "$ROOT/paper/build" > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
[ "$(head -c 5 "$T/r/gilkit.pdf")" = "%PDF-" ] || { echo "no PDF"; exit 1; }
undefined=$(grep -o '\\gk{[^}]*}' "$ROOT/paper/gilkit.tex" | sed 's/^\\gk{\(.*\)}$/\1/' | grep -v '^KEY$' | sort -u |
    while read -r k; do grep -qF "\\gkdef{$k}{" "$T/r/paper/numbers.tex" || echo "$k"; done)
[ -z "$undefined" ] || { echo "keys the text cites but the fixture does not define:"; echo "$undefined"; exit 1; }
grep -q 'Beazley 2009' "$T/r/paper/table-compare.tex" || { echo "comparison table lacks the published rows"; exit 1; }
[ "$(grep -c '\\\\$' "$T/r/paper/table-compare.tex")" -ge 19 ] || { echo "comparison table short"; exit 1; }
grep -q "n/a" "$T/r/paper/table-compare.tex" && { echo "fixture leaves a comparison cell empty"; exit 1; }
[ "$(grep -c 'includegraphics.*timeline-' "$T/r/paper/timeline.tex")" = 3 ] \
    || { echo "the fixture traces gave no timeline figure"; cat "$T/r/paper/timeline.tex"; exit 1; }
# Numbers in the prose are macros: the body has no decimal fraction except
# Python version numbers (2.x, 3.x) and figure widths.
typed=$(python3 - "$ROOT/paper/gilkit.tex" <<'PY'
import re, sys
body = open(sys.argv[1]).read().split("\\begin{document}", 1)[1]
body = re.sub(r"(?m)%.*$", "", body)
body = re.sub(r"\\gk\{[^}]*\}|\\gkfigure\{[^}]*\}\{[^}]*\}", "", body)  # keys; figure widths
body = re.sub(r"\b[23]\.\d+\b", "", body)
print(" ".join(re.findall(r"\d+\.\d+", body)))
PY
)
[ -z "$typed" ] || { echo "numbers typed into gilkit.tex: $typed"; exit 1; }

# Without the convoy results the paper still builds and says what is missing.
mkdir -p "$T/p"
cp "$FIX"/{beazley,primitives,scaling,namelookup}.csv "$T/p/"
RESULTS=$T/p bash "$ROOT/paper/build" > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
grep -q 'convoy/py32-spin1/req_per_s' "$T/p/paper/numbers.tex" && { echo "convoy numbers from nowhere"; exit 1; }
[ -s "$T/p/gilkit.pdf" ] || exit 1
grep -q "not recorded" "$T/p/paper/timeline.tex" || { echo "no trace, and the paper does not say so"; exit 1; }
