#!/usr/bin/env bash
# A run killed with SIGKILL mid-way leaves no partial row: the file holds
# only complete rows from other runs, and the next run appends cleanly.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo 'print(1)' > "$T/quick.py"
printf 'import time\nfor i in range(1000):\n    time.sleep(0.01)\n' > "$T/slow.py"
"$GILVM" --csv="$T/r.csv" "$T/quick.py" > /dev/null || exit 1
for i in 1 2 3; do
    "$GILVM" --csv="$T/r.csv" --json="$T/r.json" "$T/slow.py" > /dev/null 2>&1 &
    pid=$!
    sleep 0.$((2 * i))
    kill -KILL $pid
    wait $pid 2> /dev/null
done
"$GILVM" --csv="$T/r.csv" "$T/quick.py" > /dev/null || exit 1
python3 - "$T/r.csv" <<'PY'
import csv, sys
text = open(sys.argv[1], newline="").read()
assert text.endswith("\n"), "file ends inside a row"
rows = list(csv.reader(text.splitlines(True)))
assert len(rows) == 3, f"{len(rows)} lines, want header + 2 rows"
assert all(len(r) == len(rows[0]) for r in rows), "ragged row"
print("ok")
PY
[ ! -s "$T/r.json" ] || { echo "killed runs wrote JSON"; exit 1; }
