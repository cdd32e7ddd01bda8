#!/usr/bin/env bash
# perf_event_open failing for real (the shim, tests/fault/lib.sh) with each
# kind of error: the run completes (exit 0, same output), every perf cell is
# absent, getrusage cells are filled, one "gilvm: perf:" line names the
# errno, and the CSV gains exactly one whole row.  EACCES must look exactly
# like the GILVM_PERF_DENY=1 test hook (the path measure_refused covers).
set -u
. "$ROOT/tests/fault/lib.sh"
printf 'x = 0\nfor i in range(1000):\n    x += i\nprint(x)\n' > "$T/s.py"
cat > "$T/th.py" <<'PY'
import threading
out = []
def f(k):
    out.append(sum(range(k)))
ts = [threading.Thread(target=f, args=(k,)) for k in (10, 20, 30)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
PY

perf_cells_absent() {  # CSV NOTE-PREFIX
    python3 - "$1" "$2" <<'PY' || die "CSV perf cells"
import csv, sys
d = list(csv.DictReader(open(sys.argv[1], newline="")))[-1]
for col in ("ctx_switches", "cpu_migrations", "task_clock_ms", "page_faults", "cycles", "instructions"):
    assert d[col] == "", f"{col} should be absent, got {d[col]!r}"
for col in ("vol_ctx", "user_s", "maxrss_kb"):
    assert d[col] != "", f"{col} should be present"
assert d["perf_note"].startswith(sys.argv[2]), d["perf_note"]
assert d["exit_status"] == "0", d["exit_status"]
PY
}

rows=0
: > "$T/r.csv"; rm "$T/r.csv"
for spec in "EACCES:refused:Permission denied|EACCES" "EPERM:refused:EPERM" \
            "ENOENT:not supported:ENOENT" "EMFILE:failed:EMFILE: Too many open files" \
            "ENOMEM:failed:ENOMEM: Cannot allocate memory"; do
    e=${spec%%:*}; rest=${spec#*:}; note=${rest%%:*}; text=${rest#*:}
    fault "perf_event_open:errno=$e" --csv="$T/r.csv" "$T/s.py"
    want_rc 0
    [ "$(cat "$T/out")" = 499500 ] || die "stdout: $(cat "$T/out")"
    want_one_line "^gilvm: perf: .*($text)"
    rows=$((rows + 1))
    csv_ok "$T/r.csv" "$rows"
    perf_cells_absent "$T/r.csv" "$note"
done

# The real refusal and the test hook say the same thing.
fault "perf_event_open:errno=EACCES" "$T/s.py"
cp "$T/err" "$T/err.shim"
GILVM_PERF_DENY=1 "$GILVM" "$T/s.py" > /dev/null 2> "$T/err.hook"
fault "perf_event_open:errno=EACCES" --csv="$T/r.csv" "$T/s.py"   # (stderr of a --csv run)
diff "$T/err.shim" "$T/err.hook" > /dev/null || { CASE="EACCES vs GILVM_PERF_DENY=1"; diff "$T/err.shim" "$T/err.hook"; die "differ"; }
rows=$((rows + 1))

# Threads: per-thread counters fail too; --stats still prints, one row.
for rules in perf_event_open "perf_event_open:after=2" "perf_event_open:nth=3:errno=EMFILE"; do
    fault "$rules" --stats --csv="$T/r.csv" "$T/th.py"
    want_rc 0
    [ "$(cat "$T/out")" = "[45, 190, 435]" ] || die "stdout: $(cat "$T/out")"
    grep -q 'Performance counter stats' "$T/err" || die "--stats block missing"
    rows=$((rows + 1))
    csv_ok "$T/r.csv" "$rows"
done
echo ok
