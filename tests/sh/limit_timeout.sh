#!/usr/bin/env bash
# --timeout=SECONDS ends a run cleanly: exit 124, one line on stderr, and the
# --csv/--json record still written (exit_status 124, timed_out 1) — while the
# script sleeps in a blocking call, waits on a socket, or while every thread
# spins holding the GIL, under each GIL policy.  A run that ends in time has
# timed_out 0; bad values are one line and exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > sleep.py <<'PY'
import time
time.sleep(1000)
PY
cat > recv.py <<'PY'
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
a.bind(('127.0.0.1', 0))
a.listen(1)
b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
b.connect(a.getsockname())
c, _ = a.accept()
c.recv(10)
PY
cat > spin.py <<'PY'
import threading
def spin():
    while True:
        pass
for i in range(3):
    threading.Thread(target=spin, daemon=True).start()
while True:
    pass
PY
cat > join.py <<'PY'
import threading
def spin():
    while True:
        pass
t = threading.Thread(target=spin)
t.start()
t.join()
PY
# check_row FILE KIND WANT_STATUS WANT_TIMED_OUT: the one record in FILE (csv or json)
check_row() {
    python3 - "$@" <<'PY'
import csv, json, sys
path, kind, status, timed_out = sys.argv[1:]
rows = list(csv.DictReader(open(path))) if kind == "csv" else [json.loads(l) for l in open(path)]
assert len(rows) == 1, "%d records" % len(rows)
r = {k: "" if v is None else str(v) for k, v in rows[0].items()}
assert r["exit_status"] == status and r["timed_out"] == timed_out, (r["exit_status"], r["timed_out"])
assert r["wall_s"] != "" and r["host"] != "" and r["script"] != "", "machine/run columns missing"
if timed_out == "1":
    assert r["instructions_executed"] == "", "the VM's count is unknown at a timeout, so absent"
PY
}
for f in sleep recv spin join; do
    for gil in py26 py32; do
        [ $f = sleep ] || [ $f = recv ] && [ $gil = py26 ] && continue   # blocking calls: one policy is enough
        rm -f run.csv run.json
        timeout -k 5 60 "$G" --gil=$gil --timeout=0.5 --csv=run.csv --json=run.json $f.py > out 2> err; rc=$?
        [ $rc = 124 ] || { echo "$f --gil=$gil: exit $rc, want 124"; tail -3 err; fail=1; continue; }
        grep -q '^gilvm: timeout: the run exceeded --timeout=0.5s' err || { echo "$f: no timeout line:"; cat err; fail=1; }
        grep -q 'Sanitizer' err && { echo "$f --gil=$gil: sanitizer report:"; head -20 err; fail=1; }
        check_row run.csv csv 124 1 || { echo "$f --gil=$gil: csv row"; fail=1; }
        check_row run.json json 124 1 || { echo "$f --gil=$gil: json row"; fail=1; }
    done
done
# In time: the record says so.
rm -f run.csv
"$G" --timeout=30 --csv=run.csv -c 'print(1)' > out 2> err || { echo "-c print(1) under --timeout=30 failed"; cat err; fail=1; }
check_row run.csv csv 0 0 || { echo "in-time run: csv row"; fail=1; }
# Without --csv, still exit 124 and nothing else on stderr but the line.
timeout -k 5 60 "$G" --timeout=0.2 sleep.py > out 2> err; rc=$?
[ $rc = 124 ] && [ "$(grep -vc '^gilvm: perf' err)" = 1 ] || { echo "plain --timeout: exit $rc, stderr:"; cat err; fail=1; }
for bad in 0 -1 x 1e400 nan inf ''; do
    "$G" --timeout="$bad" -c 'print(1)' > out 2> err; rc=$?
    [ $rc = 2 ] && [ ! -s out ] && [ "$(wc -l < err)" = 1 ] && grep -q '^gilvm: --timeout' err \
        || { echo "--timeout='$bad': exit $rc, stderr: $(cat err)"; fail=1; }
done
"$G" --help | grep -q -- '--timeout=SECONDS' || { echo "--help does not list --timeout"; fail=1; }
"$G" --schema | grep -q 'timed_out' || { echo "--schema does not list timed_out"; fail=1; }
exit $fail
