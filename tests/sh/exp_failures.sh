#!/usr/bin/env bash
# A failed run (gilvm refuses a primitive and exits 2 without a record; or the
# script fails after gilvm wrote one) becomes a status=failed row with the
# reason, is reported, and does not stop the matrix.  Summaries count it and
# keep it out of the statistics.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export GILVM=$ROOT/tests/fixtures/fake-gilvm
out=$T/primitives.csv
FAKE_GILVM_FAIL_LOCK=uring "$ROOT/experiments/run" primitives --scale tiny --reps 1 --out "$out" > "$T/log" 2>&1 \
    || { echo "runner stopped:"; tail -3 "$T/log"; exit 1; }
grep -q "12 of 60 runs failed" "$T/log" || { echo "failures not reported:"; tail -3 "$T/log"; exit 1; }
grep -q "FAILED: gilvm: --lock=uring: io_uring refused" "$T/log" || { echo "reason not shown"; exit 1; }
"$ROOT/experiments/check-csv" "$out" || exit 1
python3 - "$out" <<'PY' || exit 1
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 60, len(rows)
failed = [r for r in rows if r["status"] == "failed"]
assert len(failed) == 12 and all(r["lock"] == "uring" for r in failed), [r["config"] for r in failed]
r = failed[0]
assert "io_uring refused" in r["error"] and r["exit_status"] == "2", r
assert r["host"] and r["kernel"] and r["cpu_model"], "failed row lacks the machine columns"
assert r["wall_s"] == "", "a failed run has no wall time, not 0"
PY

# gilvm exits non-zero after writing its record (the script failed).
out2=$T/namelookup.csv
FAKE_GILVM_BAD_EXIT=local "$ROOT/experiments/run" namelookup --scale tiny --reps 2 --out "$out2" > "$T/log" 2>&1 || exit 1
python3 - "$out2" <<'PY' || exit 1
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
bad = [r for r in rows if r["status"] == "failed"]
assert len(bad) == 2 and {r["config"] for r in bad} == {"local"}, bad
assert bad[0]["exit_status"] == "1" and bad[0]["wall_s"] != "", bad[0]
PY
"$ROOT/experiments/summarize" "$T" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
python3 - "$T/summary.csv" <<'PY' || exit 1
import csv, sys
s = {r["config"]: r for r in csv.DictReader(open(sys.argv[1]))}
assert s["local"]["runs_failed"] == "2" and s["local"]["runs_ok"] == "0", s["local"]
assert s["local"]["wall_median_s"] == "", "statistics from failed runs"
assert s["py32-uring-thread1"]["runs_failed"] == "1" and s["py32-uring-thread2-1core"]["ratio_to_baseline"] == ""
assert s["py32-futex-thread2-1core"]["ratio_to_baseline"] != ""
PY

# A run that outlives --timeout is killed and kept as a failed row.
out3=$T/slow/namelookup.csv
FAKE_GILVM_DELAY=5 "$ROOT/experiments/run" namelookup --scale tiny --reps 1 --timeout 1 --out "$out3" > "$T/log" 2>&1 || exit 1
[ "$(grep -c 'timeout after 1s' "$out3")" = 4 ] || { echo "timeouts not recorded:"; cat "$T/log"; exit 1; }
"$ROOT/experiments/check-csv" "$out3" > /dev/null || exit 1
