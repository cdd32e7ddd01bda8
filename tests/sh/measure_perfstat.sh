#!/usr/bin/env bash
# Our counters agree with `perf stat -e context-switches,cpu-migrations,task-clock`
# counting the same process from outside: within 5%, plus a small absolute
# slack for what perf sees before measure_init opens ours (exec, loading).
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
if ! perf stat -x, -o "$T/perf.txt" -e context-switches,cpu-migrations,task-clock -- \
        "$GILVM" --csv="$T/r.csv" "$T/w.py" > "$T/out" 2> "$T/err"; then
    echo "perf stat or gilvm failed: $(tail -2 "$T/err")"; exit 1
fi
grep -q '<not supported>\|<not counted>' "$T/perf.txt" && { echo "perf stat refused here"; exit 77; }
[ -s "$T/r.csv" ] || { echo "no record"; cat "$T/err"; exit 1; }
python3 - "$T/perf.txt" "$T/r.csv" <<'PY'
import csv, sys
perf = {}
for line in open(sys.argv[1]):
    f = line.strip().split(",")
    if len(f) > 3 and f[0] and not line.startswith("#"):
        try:
            perf[f[2]] = float(f[0])
        except ValueError:
            pass
d = list(csv.DictReader(open(sys.argv[2], newline="")))[0]
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
    ok = abs(theirs - ours) <= 0.05 * theirs + slack
    print(f"{name}: perf {theirs:.2f}, gilvm {ours:.2f} {'ok' if ok else 'DIFFERENT'}")
    bad += not ok
assert float(d["ctx_switches"]) >= 300, "each sleep should switch out"
sys.exit(1 if bad else 0)
PY
