#!/usr/bin/env bash
# --cpus=0: the record says the affinity in force is "0" and no thread ever
# migrated; --cpus=all records every online CPU.  The CPU probe reads each
# allowed CPU, and only those, and the run's affinity is whole again after it.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
if echo 'import threading' | "$GILVM" - 2> /dev/null; then
    cat > "$T/w.py" <<'PY'
import threading, time
def work():
    x = 0
    for i in range(30000):
        x += i
        if i % 3000 == 0:
            time.sleep(0.001)
ts = []
for k in range(3):
    ts.append(threading.Thread(target=work))
for t in ts: t.start()
work()
for t in ts: t.join()
print("done")
PY
else
    printf 'import time\nx = 0\nfor i in range(30000):\n    x += i\n    if i %% 3000 == 0:\n        time.sleep(0.001)\nprint("done")\n' > "$T/w.py"
fi
"$GILVM" --cpus=0 --csv="$T/r.csv" "$T/w.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
"$GILVM" --cpus=all --csv="$T/r.csv" "$T/w.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
online=$(cat /sys/devices/system/cpu/online)
# The probe moved the main thread from CPU to CPU: the program must find the whole set.
printf 'for l in open("/proc/self/status"):\n    if l.startswith("Cpus_allowed_list"):\n        print(l.split()[1])\n' > "$T/aff.py"
got=$("$GILVM" --cpus=all --csv="$T/aff.csv" "$T/aff.py" 2> "$T/err") || { echo "run failed"; cat "$T/err"; exit 1; }
[ "$got" = "$online" ] || { echo "after the probe the program may use CPUs $got, want $online"; exit 1; }
python3 - "$T/r.csv" "$online" <<'PY'
import csv, sys
one, every = list(csv.DictReader(open(sys.argv[1], newline="")))
assert one["cpus"] == "0", f"recorded cpus {one['cpus']!r}, want '0'"
if one["cpu_migrations"] == "":
    print("cpu-migrations not countable here:", one["perf_note"])
else:
    assert one["cpu_migrations"] == "0", f"{one['cpu_migrations']} migrations on one CPU"
assert every["cpus"] == sys.argv[2], f"--cpus=all recorded {every['cpus']!r}, online {sys.argv[2]!r}"
def probe(r):
    return {int(c): float(us) for c, us in (p.split("=") for p in r["cpu_probe_us"].split(";"))}
assert list(probe(one)) == [0] and probe(one)[0] > 0, one["cpu_probe_us"]
cpus = set()
for part in sys.argv[2].split(","):
    lo, _, hi = part.partition("-")
    cpus |= set(range(int(lo), int(hi or lo) + 1))
assert set(probe(every)) == cpus and min(probe(every).values()) > 0, every["cpu_probe_us"]
print("ok", one["threads"], "threads")
PY
