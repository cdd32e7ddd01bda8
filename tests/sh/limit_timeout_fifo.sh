#!/usr/bin/env bash
# --timeout holds whatever the scheduling class: under --sched=fifo with
# threads spinning on every allowed CPU (one CPU here), the watchdog still
# preempts them at the deadline, flushes what the script printed, writes the
# record (timed_out 1) and exits 124.  Skipped where SCHED_FIFO is refused.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
"$G" --sched=fifo -c pass > /dev/null 2> err || { echo "SCHED_FIFO refused here: $(cat err)"; exit 77; }
cat > spin.py <<'PY'
import threading
def spin():
    while True:
        pass
print("started")
threading.Thread(target=spin, daemon=True).start()
spin()
PY
# KILL at 30 s: a watchdog that cannot run would leave the process spinning.
timeout -s KILL 30 "$G" --sched=fifo --cpus=0 --timeout=1 --csv=rt.csv spin.py > out 2> err; rc=$?
[ $rc = 124 ] || { echo "fifo spinners: exit $rc, want 124"; cat err; fail=1; }
[ "$(cat out)" = started ] || { echo "fifo spinners: stdout '$(cat out)', want 'started' (flushed at the deadline)"; fail=1; }
python3 -c 'import csv, sys; r = list(csv.DictReader(open("rt.csv"))); sys.exit(not (len(r) == 1 and r[0]["timed_out"] == "1" and r[0]["sched"] == "fifo"))' \
    2> /dev/null || { echo "fifo spinners: no record with timed_out 1"; cat rt.csv 2> /dev/null; fail=1; }
# The top priority is the watchdog's: --rtprio stops below it.
top=$(python3 -c "import os; print(os.sched_get_priority_max(os.SCHED_FIFO))")
"$G" --sched=fifo --rtprio=$top -c pass > /dev/null 2> err; rc=$?
[ $rc = 2 ] && grep -q watchdog err || { echo "--rtprio=$top: exit $rc, want 2 naming the watchdog"; cat err; fail=1; }
exit $fail
