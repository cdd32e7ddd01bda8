#!/usr/bin/env bash
# SIGINT becomes KeyboardInterrupt at the next instruction boundary: catchable,
# and when uncaught a traceback ending in "KeyboardInterrupt", after which the
# process ends by SIGINT itself (exit 130 to the shell), as CPython does — also
# while daemon threads spin holding the GIL (py26 and py32) and while the main
# thread sleeps in a blocking call.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > caught.py <<'PY'
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("interrupted", n > 0)
print("cleanup after interrupt")
PY
timeout -k 5 -s INT --preserve-status 2 "$G" caught.py > out 2> err; rc=$?
[ $rc = 0 ] || { echo "caught KeyboardInterrupt: exit $rc, want 0"; cat err; fail=1; }
[ "$(cat out)" = "interrupted True
cleanup after interrupt" ] || { echo "caught: stdout '$(cat out)'"; fail=1; }
printf 'print("ready", flush=True)\nwhile True:\n    pass\n' > uncaught.py
cat > spinners.py <<'PY'
import threading
def spin():
    while True:
        pass
for i in range(3):
    threading.Thread(target=spin, daemon=True).start()
print("ready", flush=True)
n = 0
while True:
    n += 1
PY
printf 'import time\nprint("ready", flush=True)\ntime.sleep(1000)\n' > sleeper.py
. "$ROOT/tests/sh/lib/interrupt.sh"
uncaught "uncaught" uncaught.py
uncaught "blocked in time.sleep" sleeper.py
for gil in py26 py32; do
    uncaught "3 threads spinning, --gil=$gil" spinners.py --gil=$gil
done
# --csv records the run with exit_status 130 before the process ends.
interrupt --csv=run.csv uncaught.py
python3 -c 'import csv, sys; r = list(csv.DictReader(open("run.csv"))); sys.exit(not (len(r) == 1 and r[0]["exit_status"] == "130"))' \
    || { echo "--csv: no record with exit_status 130"; cat run.csv; fail=1; }
exit $fail
