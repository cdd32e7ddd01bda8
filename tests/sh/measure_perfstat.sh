#!/usr/bin/env bash
# Our counters agree with `perf stat -e context-switches,cpu-migrations,task-clock`
# counting the same process from outside: within 5%, plus a small absolute
# slack.  What perf sees before measure_init opens ours (exec, loading, a
# sanitizer's start-up: 20 ms in a release build, 70 ms and more under ASan)
# is measured on an empty script by the same build and taken off first, so
# the check holds for every variant.
set -u
: "${GILVM:?set GILVM}"
command -v perf > /dev/null || { echo "perf not installed (linux-perf)"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/w.py" <<'PY'
import time
x = 0
for i in range(300):
    time.sleep(0.0005)
    for j in range(300):
        x += j
print(x)
PY
printf 'pass\n' > "$T/empty.py"
for s in empty w; do
    if ! perf stat -x, -o "$T/perf-$s.txt" -e context-switches,cpu-migrations,task-clock -- \
            "$GILVM" --csv="$T/r-$s.csv" "$T/$s.py" > "$T/out" 2> "$T/err"; then
        echo "perf stat or gilvm failed: $(tail -2 "$T/err")"; exit 1
    fi
done
mv "$T/perf-w.txt" "$T/perf.txt"; mv "$T/r-w.csv" "$T/r.csv"
grep -q '<not supported>\|<not counted>' "$T/perf.txt" && { echo "perf stat refused here"; exit 77; }
[ -s "$T/r.csv" ] || { echo "no record"; cat "$T/err"; exit 1; }
python3 - "$T/perf.txt" "$T/r.csv" "$T/perf-empty.txt" "$T/r-empty.csv" <<'PY'
import csv, sys
def perf_read(path):
    perf = {}
    for line in open(path):
        f = line.strip().split(",")
        if len(f) > 3 and f[0] and not line.startswith("#"):
            try:
                perf[f[2]] = float(f[0])
            except ValueError:
                pass
    return perf
perf = perf_read(sys.argv[1])
d = list(csv.DictReader(open(sys.argv[2], newline="")))[0]
# Start-up outside our window, as this build has it (never below 0).
empty = list(csv.DictReader(open(sys.argv[4], newline="")))[0]
startup = max(0.0, perf_read(sys.argv[3]).get("task-clock", 0.0) - float(empty["task_clock_ms"] or 0))
if not d["ctx_switches"]:
    print("our counters are refused here:", d["perf_note"]); sys.exit(77)
pairs = [("context-switches", float(d["ctx_switches"]), 25),
         ("cpu-migrations", float(d["cpu_migrations"]), 5),
         ("task-clock", float(d["task_clock_ms"]), 20.0)]   # ms; perf reports msec
bad = 0
for name, ours, slack in pairs:
    theirs = perf.get(name)
    if theirs is None:
        print(f"perf stat did not report {name}"); sys.exit(1)
    outside = startup if name == "task-clock" else 0.0
    ok = abs(theirs - outside - ours) <= 0.05 * theirs + slack
    print(f"{name}: perf {theirs:.2f} (start-up {outside:.2f}), gilvm {ours:.2f} {'ok' if ok else 'DIFFERENT'}")
    bad += not ok
assert float(d["ctx_switches"]) >= 300, "each sleep should switch out"
sys.exit(1 if bad else 0)
PY
