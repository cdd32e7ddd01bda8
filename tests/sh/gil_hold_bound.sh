#!/usr/bin/env bash
# The GIL is held by one thread at a time, so the threads' hold times sum to
# at most the run's wall time, and CPU-bound threads hold it for most of it.
# Under every policy, on one CPU and on two: py26 re-takes at every tick
# without reading the clock when nobody else took the GIL meanwhile
# (sched/gil.c), which must not count another thread's tenure as its own.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/t.py" <<'PY'
import threading
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(1000000,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
PY
fail=0
ncpu=$(nproc)
for gil in py26 py32 fifo prio; do
    for cpus in 0 0,1; do
        [ "$cpus" = 0,1 ] && [ "$ncpu" -lt 2 ] && continue
        rm -f "$T/r.csv"
        "$G" --gil=$gil --cpus=$cpus --csv="$T/r.csv" "$T/t.py" 2> "$T/err" \
            || { echo "$gil cpus=$cpus: run failed"; cat "$T/err"; fail=1; continue; }
        python3 - "$T/r.csv" "$gil cpus=$cpus" <<'PY' || fail=1
import csv, sys
r = list(csv.DictReader(open(sys.argv[1], newline="")))[0]
hold, wall = float(r["gil_hold_s"]), float(r["wall_s"])
ok = hold <= wall * 1.001 + 0.0005 and hold >= 0.5 * wall
print("%s: hold %.4f s, wall %.4f s%s" % (sys.argv[2], hold, wall, "" if ok else "  <- wrong"))
sys.exit(0 if ok else 1)
PY
    done
done
exit $fail
