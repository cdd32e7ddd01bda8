#!/usr/bin/env bash
# A deliberately tiny trace buffer drops events, counts them and says so:
# one stderr line, trace_dropped in the record, an events_dropped mark in the
# intervals; the JSON is still valid.  A bad buffer size is exit 2.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
printf 'import time\nfor i in range(40):\n    time.sleep(0.0002)\nprint("done")\n' > "$T/w.py"
"$GILVM" --trace="$T/t.json" --trace-buffer=16 --csv="$T/r.csv" "$T/w.py" > "$T/out" 2> "$T/err" \
    || { echo "run failed"; cat "$T/err"; exit 1; }
[ "$(grep -c 'events dropped' "$T/err")" = 1 ] || { echo "no single drop report:"; cat "$T/err"; exit 1; }
python3 - "$T" <<'PY' || exit 1
import csv, json, sys
t = sys.argv[1]
json.load(open(f"{t}/t.json"))
rec = list(csv.DictReader(open(f"{t}/r.csv", newline="")))[0]
assert int(rec["trace_dropped"]) > 0, rec["trace_dropped"]
rows = list(csv.DictReader(open(f"{t}/t.json.intervals.csv", newline="")))
assert any(r["state"] == "events_dropped" for r in rows), "no events_dropped mark"
print("ok:", rec["trace_dropped"], "dropped")
PY
GILVM_TRACE_BUFFER=1048576 "$GILVM" --trace="$T/t2.json" "$T/w.py" > /dev/null 2> "$T/err2" || { cat "$T/err2"; exit 1; }
grep -q dropped "$T/err2" && { echo "default buffer dropped events"; exit 1; }
"$GILVM" --trace="$T/t3.json" --trace-buffer=0 "$T/w.py" > /dev/null 2> "$T/err3"
[ $? = 2 ] && [ "$(wc -l < "$T/err3")" = 1 ] || { echo "--trace-buffer=0 not refused with exit 2"; cat "$T/err3"; exit 1; }
