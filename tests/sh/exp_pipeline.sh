#!/usr/bin/env bash
# budget: 360
# experiments/reproduce end to end on the fake gilvm (so it is tested before
# and apart from the VM): all outputs, a second run resumes with nothing to do,
# and results of another scale are moved aside rather than mixed in.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
command -v gnuplot > /dev/null && command -v pdflatex > /dev/null || { echo "gnuplot or pdflatex missing"; exit 77; }
export GILVM=$ROOT/tests/fixtures/fake-gilvm RESULTS=$T/r
"$ROOT/experiments/reproduce" tiny > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
for f in beazley.csv primitives.csv convoy.csv scaling.csv namelookup.csv ccbench.csv summary.csv gilkit.pdf \
         figures/headline.png figures/namelookup.pdf figures/ccbench.pdf paper/numbers.tex; do
    [ -s "$RESULTS/$f" ] || { echo "missing $f"; exit 1; }
done
grep -q "paper     $RESULTS/gilkit.pdf" "$T/log" || { echo "does not say where the paper is"; exit 1; }
grep -q "no timeline" "$T/log" || { echo "missing trace not reported"; exit 1; }
grep -q "not recorded" "$RESULTS/paper/timeline.tex" || { echo "paper does not say the trace is missing"; exit 1; }

# The re-runs are limited to two matrices (MATRICES) to keep the test short.
MATRICES="beazley namelookup" "$ROOT/experiments/reproduce" tiny > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
[ "$(grep -c ' 0 runs to do' "$T/log")" = 2 ] || { echo "second run did not resume:"; grep 'runs to do' "$T/log"; exit 1; }

sed -i 's/,tiny,/,quick,/' "$RESULTS/beazley.csv"
MATRICES=beazley "$ROOT/experiments/reproduce" tiny > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
[ -s "$RESULTS/previous-quick/beazley.csv" ] || { echo "other-scale file not moved aside"; exit 1; }
grep -q "beazley: 20 runs to do" "$T/log" || { echo "beazley not re-run after the move"; exit 1; }
"$ROOT/experiments/check-csv" "$RESULTS"/*.csv > /dev/null || exit 1
