#!/usr/bin/env bash
# --trace=FILE: the Chrome trace is valid JSON with one named track per
# thread; per thread, every running slice is entered from a waiting one
# (no acquire without a request); no two threads hold the GIL at the same
# instant; the intervals' running time matches the GIL hold-time counter
# within 1%; blocked slices name the call; trace-summary and timeline.gp
# read the intervals.  Two threads once `import threading` works, else one.
set -u
: "${GILVM:?set GILVM}"
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
if echo 'import threading' | "$GILVM" - 2> /dev/null; then
    nthreads=2
    cat > "$T/w.py" <<'PY'
import threading, time
def count(n):
    while n > 0:
        n -= 1
        if n % 50000 == 0:
            time.sleep(0.001)
t = threading.Thread(target=count, args=(300000,))
t.start()
count(300000)
t.join()
print("done")
PY
else
    nthreads=1
    printf 'import time\nn = 200000\nwhile n > 0:\n    n -= 1\n    if n %% 50000 == 0:\n        time.sleep(0.001)\nprint("done")\n' > "$T/w.py"
fi
"$GILVM" --trace="$T/t.json" --csv="$T/r.csv" "$T/w.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
[ "$(cat "$T/out")" = done ] || { echo "script output: $(cat "$T/out")"; exit 1; }
[ -s "$T/t.json.intervals.csv" ] || { echo "no intervals CSV"; exit 1; }
python3 - "$T" "$nthreads" <<'PY'
import csv, json, sys
t, nthreads = sys.argv[1], int(sys.argv[2])
d = json.load(open(f"{t}/t.json"))
ev = d["traceEvents"]
names = {e["tid"]: e["args"]["name"] for e in ev if e.get("name") == "thread_name"}
gil = [e for e in ev if e.get("cat") == "gil" and e["ph"] == "X"]
tids = {e["tid"] for e in gil}
assert len(tids) >= nthreads and tids <= set(names), (tids, names)
assert any(e["ph"] == "C" and e["name"] == "threads waiting" for e in ev), "no waiting counter"
for tid in tids:      # per thread: running always entered from waiting
    sl = sorted((e for e in gil if e["tid"] == tid), key=lambda e: (e["ts"], e["dur"] > 0))
    prev = None
    for e in sl:
        if e["name"] == "running":
            assert prev is not None and prev["name"] == "waiting" and \
                abs(prev["ts"] + prev["dur"] - e["ts"]) < 0.002, f"acquire without request on {tid} at {e['ts']}"
        prev = e
rows = list(csv.DictReader(open(f"{t}/t.json.intervals.csv", newline="")))
run = sorted((int(r["start_ns"]), int(r["end_ns"]), r["thread"]) for r in rows if r["state"] == "running")
for a, b in zip(run, run[1:]):
    assert b[0] >= a[1], f"threads {a[2]} and {b[2]} both hold the GIL at {b[0]} ns"
rec = list(csv.DictReader(open(f"{t}/r.csv", newline="")))[0]
hold = float(rec["gil_hold_s"])
ran = sum(e - s for s, e, _ in run) / 1e9
assert abs(ran - hold) <= 0.01 * hold, f"intervals running {ran:.6f}s vs GIL hold {hold:.6f}s"
blocked = [r for r in rows if r["state"] == "blocked"]
assert any(r["detail"] == "sleep" for r in blocked), "no blocked interval named 'sleep'"
assert all(r["detail"] for r in blocked), "a blocked interval without the call's name"
assert rec["trace_dropped"] == "0", rec["trace_dropped"]
print(f"ok: {len(tids)} threads, {len(run)} running intervals, {ran:.6f}s vs hold {hold:.6f}s")
PY
[ $? = 0 ] || exit 1
"$ROOT/experiments/trace-summary" "$T/t.json" > "$T/sum" || { echo "trace-summary failed"; exit 1; }
grep -q 'longest wait' "$T/sum" && grep -q '^0 ' "$T/sum" || { echo "trace-summary output:"; cat "$T/sum"; exit 1; }
if command -v gnuplot > /dev/null; then
    gnuplot -e "csv='$T/t.json.intervals.csv'; out='$T/tl'; start=0; len=50" "$ROOT/plots/timeline.gp" 2> "$T/gp.err" \
        || { echo "timeline.gp failed"; cat "$T/gp.err"; exit 1; }
    [ -s "$T/tl.png" ] && [ -s "$T/tl.pdf" ] || { echo "timeline.gp wrote no PNG/PDF"; exit 1; }
fi
