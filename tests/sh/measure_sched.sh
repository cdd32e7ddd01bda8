#!/usr/bin/env bash
# Scheduling control: --sched/--rtprio/--nice are applied and recorded;
# a real-time class without the privilege is one line and exit 2 before the
# script runs; --pin=spread keeps each VM thread on one CPU, neighbours apart.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo 'print("ran")' > "$T/s.py"
"$GILVM" --sched=batch --nice=4 --json="$T/r.json" "$T/s.py" > /dev/null 2>&1 || { echo "batch run failed"; exit 1; }
python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert (d["sched"], d["nice"], d["rtprio"]) == ("batch", 4, 0), (d["sched"], d["nice"], d["rtprio"])
' "$T/r.json" || exit 1
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
    setpriv --bounding-set=-sys_nice --inh-caps=-sys_nice "$GILVM" --sched=fifo --rtprio=5 "$T/s.py" > "$T/out" 2> "$T/err"
    rc=$?
    if [ "$(ulimit -r)" = 0 ]; then
        [ $rc = 2 ] && [ "$(wc -l < "$T/err")" = 1 ] && grep -q 'not permitted' "$T/err" && [ ! -s "$T/out" ] \
            || { echo "fifo without CAP_SYS_NICE: exit $rc"; cat "$T/err" "$T/out"; exit 1; }
    fi
fi
[ "$(getconf _NPROCESSORS_ONLN)" -ge 2 ] || { echo "one CPU: placement not testable"; exit 77; }
cat > "$T/w.py" <<'PY'
import threading
def count(n):
    while n > 0:
        n -= 1
a = threading.Thread(target=count, args=(300000,))
b = threading.Thread(target=count, args=(300000,))
a.start(); b.start(); a.join(); b.join()
PY
"$GILVM" --cpus=0,1 --pin=spread --trace="$T/t.json" "$T/w.py" > /dev/null 2> "$T/err" || { cat "$T/err"; exit 1; }
python3 - "$T/t.json.intervals.csv" <<'PY'
import csv, sys
cpus = {}
for r in csv.DictReader(open(sys.argv[1], newline="")):
    if r["state"] == "running":
        cpus.setdefault(int(r["thread"]), set()).add(int(r["cpu"]))
assert all(len(c) == 1 for c in cpus.values()), f"a pinned thread ran on several CPUs: {cpus}"
assert cpus[1] != cpus[2], f"spread put threads 1 and 2 on the same CPU: {cpus}"
print("ok", cpus)
PY
