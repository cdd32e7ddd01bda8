#!/usr/bin/env bash
# --trace-window=MS records only until MS ms after the last thread started:
# no interval of the trace ends later, the thread started last is in it (the
# window pictures all the threads at work), and without the option the same
# run is recorded to its end.  A bad value exits 2.
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
span() {  # INTERVALS.csv: ms from the last-started thread's first interval to the last end
    python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
first = {}
for r in rows:
    first.setdefault(r["thread"], int(r["start_ns"]))
workers = [t for k, t in first.items() if k != "0"]
print("%.3f" % ((max(int(r["end_ns"]) for r in rows) - max(workers)) / 1e6))
PY
}
fail=0
# py32: the main thread gets the GIL to start the second worker within a
# switch interval or two, well inside the first worker's 20 ms.
"$G" --gil=py32 --trace="$T/w.json" --trace-window=20 "$ROOT/experiments/thread2.py" 3000000 > /dev/null 2>&1 \
    || { echo "windowed trace failed"; fail=1; }
"$G" --gil=py32 --trace="$T/a.json" "$ROOT/experiments/thread2.py" 3000000 > /dev/null 2>&1 \
    || { echo "whole trace failed"; fail=1; }
w=$(span "$T/w.json.intervals.csv") a=$(span "$T/a.json.intervals.csv")
python3 -c "import sys; sys.exit(not float(sys.argv[1]) <= 20.0)" "$w" || { echo "window of 20 ms recorded $w ms"; fail=1; }
python3 -c "import sys; sys.exit(not float(sys.argv[2]) > float(sys.argv[1]))" "$w" "$a" \
    || { echo "whole run ($a ms) not longer than the window ($w ms)"; fail=1; }
[ "$(cut -d, -f3 "$T/w.json.intervals.csv" | sort -u | grep -c 'Thread-[12]')" = 2 ] \
    || { echo "the window lacks a worker thread"; fail=1; }
"$G" --trace="$T/x.json" --trace-window=0 "$ROOT/experiments/thread2.py" 1 > /dev/null 2>&1
[ $? = 2 ] || { echo "--trace-window=0 accepted"; fail=1; }
exit $fail
