#!/usr/bin/env bash
# 8 processes x 50 runs appending to one CSV at once: exactly one header and
# 400 well-formed rows (one write per row on O_APPEND, header under flock).
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo 'print(1)' > "$T/s.py"
for w in 1 2 3 4 5 6 7 8; do
    ( for r in $(seq 50); do
          GILVM_TAG="w$w-r$r" "$GILVM" --csv="$T/r.csv" "$T/s.py" a,"b c" > /dev/null 2>> "$T/err.$w" || echo "fail w$w r$r" >> "$T/fails"
      done ) &
done
wait
[ -e "$T/fails" ] && { echo "$(wc -l < "$T/fails") runs failed"; head -3 "$T"/err.*; exit 1; }
python3 - "$T/r.csv" <<'PY'
import csv, sys
text = open(sys.argv[1], newline="").read()
rows = list(csv.reader(text.splitlines(True)))
hdr = rows[0]
assert hdr[0] == "timestamp", "first line is not the header"
data = rows[1:]
assert len(data) == 400, f"{len(data)} rows, want 400"
assert all(len(r) == len(hdr) for r in data), "ragged row"
assert sum(r == hdr for r in data) == 0, "header repeated"
tags = {dict(zip(hdr, r))["tag"] for r in data}
assert len(tags) == 400, f"{len(tags)} distinct run tags, want 400"
print("ok: 1 header + 400 rows")
PY
