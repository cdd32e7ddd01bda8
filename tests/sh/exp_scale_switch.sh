#!/usr/bin/env bash
# budget: 360
# experiments/reproduce switching scales (on the fake gilvm): the other
# scale's results go to previous-SCALE/ and come back, to be resumed, when the
# study returns to their scale; a file already in previous-SCALE/ is kept as
# NAME.1, never replaced.  (quick -> tiny -> quick -> tiny once replaced the
# first quick results and redid every quick run.)
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
command -v gnuplot > /dev/null && command -v pdflatex > /dev/null || { echo "gnuplot or pdflatex missing"; exit 77; }
export GILVM=$ROOT/tests/fixtures/fake-gilvm RESULTS=$T/r MATRICES=beazley
mkdir -p "$RESULTS/previous-quick" "$RESULTS/previous-tiny"
run() { "$ROOT/experiments/run" beazley --gilvm "$GILVM" "$@" > /dev/null 2>&1 || { echo "experiments/run $*: failed"; exit 1; }; }
# The state after quick, then tiny: tiny results in place, quick aside; and an
# older tiny file aside already.
run --scale tiny --out "$RESULTS/beazley.csv"
run --scale quick --out "$RESULTS/previous-quick/beazley.csv"
run --scale tiny --reps 1 --out "$RESULTS/previous-tiny/beazley.csv"
cp "$RESULTS/beazley.csv" "$T/tiny.csv"
cp "$RESULTS/previous-quick/beazley.csv" "$T/quick.csv"
cp "$RESULTS/previous-tiny/beazley.csv" "$T/older.csv"

"$ROOT/experiments/reproduce" quick > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
grep -q "beazley: 0 runs to do" "$T/log" || { echo "quick not resumed:"; grep '==\|runs to do' "$T/log"; exit 1; }
cmp -s "$T/tiny.csv" "$RESULTS/previous-tiny/beazley.csv" || { echo "tiny results not moved aside"; exit 1; }
cmp -s "$T/older.csv" "$RESULTS/previous-tiny/beazley.csv.1" || { echo "older previous-tiny file not kept as .1"; exit 1; }

"$ROOT/experiments/reproduce" tiny > "$T/log" 2>&1 || { tail -20 "$T/log"; exit 1; }
grep -q "beazley: 0 runs to do" "$T/log" || { echo "tiny not resumed:"; grep '==\|runs to do' "$T/log"; exit 1; }
cmp -s "$T/tiny.csv" "$RESULTS/beazley.csv" || { echo "tiny results changed"; exit 1; }
cmp -s "$T/quick.csv" "$RESULTS/previous-quick/beazley.csv" || { echo "quick results changed"; exit 1; }
"$ROOT/experiments/check-csv" "$RESULTS"/*.csv > /dev/null || exit 1
