#!/usr/bin/env bash
# experiments/run and the limits: a run that outlives --timeout ends itself
# (gilvm --timeout, exit 124) and gilvm's own record is its row, marked
# timed_out=1 and status=failed; the sweep goes on.  SIGTERM ends the sweep
# after the current run, whose row is written whole; a re-run resumes.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
cat > "$T/limits.matrix" <<'M'
reps    tiny=1 quick=1 full=1
metrics ns_per_call ns_per_iter ns_empty_iter
config  endless  script=namelookup.py args="global 100000000000" cores=1
config  short    script=namelookup.py args="global 1000" cores=1
M
GILVM=$G "$ROOT/experiments/run" "$T/limits.matrix" --scale tiny --timeout 1 --out "$T/t.csv" > "$T/log" 2>&1 \
    || { echo "runner failed:"; cat "$T/log"; exit 1; }
"$ROOT/experiments/check-csv" "$T/t.csv" > /dev/null || fail=1
python3 - "$T/t.csv" <<'PY' || fail=1
import csv, sys
rows = {r["config"]: r for r in csv.DictReader(open(sys.argv[1]))}
e, s = rows["endless"], rows["short"]
assert e["status"] == "failed" and e["error"] == "timeout after 1s", e["error"]
assert e["exit_status"] == "124" and e["timed_out"] == "1", (e["exit_status"], e["timed_out"])
assert e["host"] and e["wall_s"] and e["gil_acquires"], "the row is not gilvm's own record"
assert s["status"] == "ok" and s["timed_out"] == "0" and s["exit_status"] == "0", s
PY

# SIGTERM while a run is in progress: that run finishes and is kept, then the sweep stops.
export GILVM=$ROOT/tests/fixtures/fake-gilvm
out=$T/namelookup.csv
rows() { [ -f "$out" ] && echo $(( $(wc -l < "$out") - 1 )) || echo 0; }
FAKE_GILVM_DELAY=2 "$ROOT/experiments/run" namelookup --scale tiny --reps 2 --out "$out" > "$T/log" 2>&1 &
pid=$!
for i in $(seq 1 100); do [ -f "$out" ] && break; sleep 0.1; done   # header written: the first run starts
sleep 0.5
kill -TERM $pid; wait $pid; rc=$?
[ $rc = 143 ] || { echo "runner after SIGTERM: exit $rc, want 143"; cat "$T/log"; fail=1; }
[ "$(rows)" = 1 ] || { echo "after SIGTERM: $(rows) rows, want the 1 that was running"; cat "$T/log"; fail=1; }
grep -q "interrupted (SIGTERM)" "$T/log" || { echo "no SIGTERM message:"; cat "$T/log"; fail=1; }
python3 -c 'import csv,sys; r = list(csv.DictReader(open(sys.argv[1]))); sys.exit(not (r and r[0]["status"] == "ok"))' "$out" \
    || { echo "the run in progress at SIGTERM was not kept whole"; cat "$out"; fail=1; }
"$ROOT/experiments/run" namelookup --scale tiny --reps 2 --out "$out" > "$T/log" 2>&1 || { cat "$T/log"; fail=1; }
grep -q "7 runs to do" "$T/log" || { echo "resume did not skip the kept run:"; head -2 "$T/log"; fail=1; }
[ "$(rows)" = 8 ] && "$ROOT/experiments/check-csv" "$out" > /dev/null || { echo "after resume: $(rows) rows, want 8"; fail=1; }
exit $fail
