#!/usr/bin/env bash
# CSV shape: the fixture results, the summary and the plot data made from them
# pass experiments/check-csv; damaged files do not.  The summary's statistics
# are right on runs whose answer is known.
# The first test that needs the fixture results makes them: a longer budget.
# budget: 240
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
export ROOT
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
FIX=${FIXTURE_RESULTS:-$T/fixture-results}   # made by tests/fixtures/make-results
bash "$ROOT/tests/fixtures/make-results" "$FIX" || exit 1
check() { "$ROOT/experiments/check-csv" "$@"; }
cp "$FIX"/*.csv "$T/"
"$ROOT/experiments/summarize" "$T" 2> /dev/null || { echo "summarize failed"; exit 1; }
python3 "$ROOT/plots/prepare" "$T" "$T/data" 2> /dev/null || { echo "prepare failed"; exit 1; }
check "$T"/*.csv "$T"/data/*.csv > "$T/out" || { cat "$T/out"; exit 1; }

damage() {  # NAME WANT PYTHON-EDIT: an edited copy of beazley.csv must be refused
    mkdir -p "$T/bad"
    python3 -c "import sys
lines = open('$T/beazley.csv').read().splitlines(True)
$3
open('$T/bad/$1.csv', 'w').writelines(lines)"
    check "$T/bad/$1.csv" > "$T/out" && { echo "$1: accepted"; exit 1; }
    grep -q "$2" "$T/out" || { echo "$1: says '$(cat "$T/out")', want '$2'"; exit 1; }
}
damage dup "appears twice" "lines.append(lines[1])"
damage short "cells, header has" "lines[2] = lines[2].rsplit(',', 3)[0] + '\n'"
damage header "schema.h" "lines[0] = lines[0].replace('wall_s', 'wall')"
damage status "status 'maybe'" "h = lines[0].strip().split(','); i = h.index('status'); import csv, io; r = next(csv.reader([lines[1]])); r[i] = 'maybe'; b = io.StringIO(); csv.writer(b, lineterminator='\\n').writerow(r); lines[1] = b.getvalue()"
damage number "wall_s='fast'" "h = lines[0].strip().split(','); i = h.index('wall_s'); import csv, io; r = next(csv.reader([lines[1]])); r[i] = 'fast'; b = io.StringIO(); csv.writer(b, lineterminator='\n').writerow(r); lines[1] = b.getvalue()"

# Known answers: three runs of 1, 2 and 4 s; the baseline's median is 1 s.
python3 - "$T" <<'PY' || exit 1
import csv, math, os, subprocess, sys
d = sys.argv[1]
src = list(csv.DictReader(open(os.path.join(d, "namelookup.csv"))))
os.makedirs(os.path.join(d, "known"))
rows = []
for cfg, walls, base in (("b", (1.0, 1.0, 1.0), ""), ("x", (1.0, 2.0, 4.0), "b")):
    for rep, w in enumerate(walls, 1):
        r = dict(src[0]); r.update(config=cfg, rep=str(rep), wall_s=str(w), status="ok", baseline=base,
                                  ctx_switches="10", threads="2", gil_wait_s="0.5", task_clock_ms=str(w * 1500))
        rows.append(r)
with open(os.path.join(d, "known", "m.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(src[0].keys()), lineterminator="\n"); w.writeheader(); w.writerows(rows)
subprocess.run([os.environ["ROOT"] + "/experiments/summarize", os.path.join(d, "known")], check=True,
               stderr=subprocess.DEVNULL)
s = {r["config"]: r for r in csv.DictReader(open(os.path.join(d, "known", "summary.csv")))}
x = s["x"]
mean, sd = 7 / 3, math.sqrt(((1 - 7/3)**2 + (2 - 7/3)**2 + (4 - 7/3)**2) / 2)
half = 4.303 * sd / math.sqrt(3)
def near(a, b): return abs(float(a) - b) < 1e-4 * max(1, abs(b))
checks = [("wall_median_s", 2), ("wall_min_s", 1), ("wall_max_s", 4), ("wall_mean_s", mean),
          ("wall_ci95_lo_s", mean - half), ("wall_ci95_hi_s", mean + half), ("ratio_to_baseline", 2),
          ("ctx_per_s", 5), ("gil_wait_share", 0.125), ("cores_used", 1.5)]
bad = [(c, x[c], v) for c, v in checks if not near(x[c], v)]
assert not bad, bad
assert x["ci_method"] == "t" and x["runs_ok"] == "3" and x["host"], x
PY
ROOT=$ROOT check "$T/known/summary.csv" > /dev/null || exit 1

# Two machines' results concatenated: summary keeps them apart, the headline draws
# a panel each, the other figures the first machine.
mkdir -p "$T/two"
python3 - "$FIX/beazley.csv" "$T/two/beazley.csv" <<'PY' || exit 1
import sys
lines = open(sys.argv[1]).read().splitlines(True)
open(sys.argv[2], "w").writelines(lines + [l.replace(",fakehost,", ",otherhost,") for l in lines[1:]])
PY
"$ROOT/experiments/summarize" "$T/two" 2> /dev/null || exit 1
[ "$(grep -c '^otherhost,' "$T/two/summary.csv")" = 20 ] && [ "$(grep -c '^fakehost,' "$T/two/summary.csv")" = 20 ] \
    || { echo "summary mixes or drops machines"; exit 1; }
python3 "$ROOT/plots/prepare" "$T/two" "$T/two/data" 2> "$T/log" || exit 1
grep -q "2 machines: the headline draws each, the other figures fakehost only" "$T/log" \
    || { echo "prepare did not say what it drew:"; cat "$T/log"; exit 1; }
! grep -q otherhost "$T/two/data/headline.csv" "$T/two/data/headline-1.csv" "$T/two/data/ctxswitch.csv" \
    || { echo "a figure mixes machines"; exit 1; }
grep -q otherhost "$T/two/data/headline-2.csv" && [ "$(cut -d: -f1 "$T/two/data/machines.txt")" = "fakehost
otherhost" ] || { echo "no headline panel per machine"; exit 1; }
cmp -s <(cut -d, -f1-10 "$T/two/data/headline-1.csv") <(cut -d, -f1-10 "$T/two/data/headline-2.csv") \
    || { echo "the same runs on two hosts drew different panels"; exit 1; }
