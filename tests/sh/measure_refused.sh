#!/usr/bin/env bash
# Refused perf counters (GILVM_PERF_DENY=1 simulates perf_event_paranoid
# refusing with EACCES): the run completes, perf cells are empty, getrusage
# and /proc cells are filled, and stderr has one warning naming the cause.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
printf 'x = 0\nfor i in range(1000):\n    x += i\nprint(x)\n' > "$T/s.py"
GILVM_PERF_DENY=1 "$GILVM" --csv="$T/r.csv" "$T/s.py" > "$T/out" 2> "$T/err"
rc=$?
[ "$rc" = 0 ] || { echo "exit $rc"; cat "$T/err"; exit 1; }
[ "$(grep -c 'refused' "$T/err")" = 1 ] || { echo "want one refusal warning:"; cat "$T/err"; exit 1; }
grep -q 'EACCES' "$T/err" || { echo "warning does not name EACCES"; exit 1; }
python3 - "$T/r.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 1
d = rows[0]
for col in ("ctx_switches", "cpu_migrations", "task_clock_ms", "page_faults", "cycles", "instructions"):
    assert d[col] == "", f"{col} should be empty, got {d[col]!r}"
for col in ("vol_ctx", "invol_ctx", "user_s", "sys_s", "maxrss_kb", "timeslices"):
    assert d[col] != "", f"{col} should be present"
assert d["perf_note"].startswith("refused"), d["perf_note"]
assert d["exit_status"] == "0"
print("ok")
PY
