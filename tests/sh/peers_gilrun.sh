#!/usr/bin/env bash
# bin/gilrun measures any program with gilvm's record: the program's exit
# status is gilrun's (128+N on signal N), the row has the GIL columns empty,
# the perf counters follow the program's threads (task-clock agrees with its
# rusage), --timeout kills the program and keeps a timed_out=1 row, and a
# program that cannot start or a gilvm-only option is a clear refusal.
set -u
: "${GILVM:?set GILVM}"
GILRUN=${GILRUN:-$(dirname "$GILVM")/gilrun}
[ -x "$GILRUN" ] || { echo "no $GILRUN (make builds it)"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

expect() {  # WANT_STATUS WHAT -- command...
    local want=$1 what=$2; shift 3
    "$@" > "$T/out" 2> "$T/err"
    local rc=$?
    [ $rc = "$want" ] || { echo "$what: exit $rc, want $want"; cat "$T/err"; exit 1; }
}
expect 3 "exit status passes through" -- "$GILRUN" --csv="$T/r.csv" -- sh -c 'exit 3'
expect 143 "death by SIGTERM" -- "$GILRUN" --csv="$T/r.csv" sh -c 'kill -TERM $$'
expect 127 "missing program" -- "$GILRUN" --csv="$T/none.csv" -- "$T/no-such-program"
grep -q "cannot run" "$T/err" && [ ! -e "$T/none.csv" ] || { echo "missing program: no message, or a record"; exit 1; }
expect 2 "--pin" -- "$GILRUN" --pin=spread true
grep -q -- "--cpus" "$T/err" || { echo "--pin refusal does not point at --cpus"; exit 1; }
expect 2 "no program" -- "$GILRUN" --csv="$T/x.csv"
expect 2 "unknown option" -- "$GILRUN" --gil=py26 true
expect 0 "--help" -- "$GILRUN" --help
grep -q -- "--csv=FILE" "$T/out" || { echo "--help lacks --csv"; exit 1; }

# Two threads of CPU in the child: the inherited counters must see them.
expect 0 "threaded child" -- "$GILRUN" --csv="$T/r.csv" --json="$T/r.json" -- python3 -c '
import threading, time
def spin():
    t = time.thread_time()
    while time.thread_time() - t < 0.2:
        pass
ts = [threading.Thread(target=spin) for _ in range(2)]
[t.start() for t in ts]; [t.join() for t in ts]'
# --timeout: the program is killed, the row says so.
start=$(date +%s)
expect 124 "--timeout" -- "$GILRUN" --timeout=0.3 --csv="$T/r.csv" -- sleep 30.123
[ $(( $(date +%s) - start )) -lt 20 ] || { echo "--timeout did not stop the program"; exit 1; }
pgrep -f "sleep 30.123" > /dev/null && { echo "the timed-out program survived"; exit 1; }

python3 - "$T/r.csv" "$T/r.json" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert [r["exit_status"] for r in rows] == ["3", "143", "0", "124"], [r["exit_status"] for r in rows]
assert [r["timed_out"] for r in rows] == ["0", "0", "0", "1"]
for r in rows:
    for col in ("gil", "lock", "switch_interval_s", "check_interval", "threads", "gil_acquires",
                "gil_wait_s", "instructions_executed"):
        assert r[col] == "", (col, r[col])
    assert r["kernel"] and r["cpus"] and float(r["wall_s"]) > 0
spin = rows[2]
assert spin["script"] == "python3" and spin["args"].startswith("-c "), spin["args"]
cpu = float(spin["user_s"]) + float(spin["sys_s"])
assert cpu >= 0.3, "rusage must be the child's: %s s" % cpu
if "task-clock" not in spin["perf_note"]:
    tc = float(spin["task_clock_ms"]) / 1000
    assert 0.7 * cpu <= tc <= 1.3 * cpu + 0.05, "task-clock %s s vs rusage %s s: counters must follow the threads" % (tc, cpu)
j = json.loads(open(sys.argv[2]).read().splitlines()[0])
assert j["exit_status"] in (0, "0") and j["gil"] in ("", None), j
PY
