#!/usr/bin/env bash
# --csv / --json: a new file gets the schema's header, each run one row with
# every column; hardware counters this machine lacks are empty, never 0;
# the JSON line carries the same record; --schema documents every column.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/w.py" <<'PY'
x = 0
for i in range(20000):
    x += i
print(x)
PY
for i in 1 2; do
    "$GILVM" --csv="$T/r.csv" --json="$T/r.json" "$T/w.py" a,b 'c"d' > "$T/out" 2> "$T/err" || { echo "run $i failed"; cat "$T/err"; exit 1; }
done
[ "$(cat "$T/out")" = 199990000 ] || { echo "script output wrong"; exit 1; }
"$GILVM" --schema > "$T/schema.md" || { echo "--schema failed"; exit 1; }
python3 - "$T" <<'PY'
import csv, json, sys
t = sys.argv[1]
rows = list(csv.reader(open(f"{t}/r.csv", newline="")))
hdr, data = rows[0], rows[1:]
assert len(data) == 2, f"want 2 rows, got {len(data)}"
schema = [l.split("|")[1].strip() for l in open(f"{t}/schema.md") if l.startswith("| ") and not l.startswith("| column")]
assert hdr == schema, f"header != schema:\n{hdr}\n{schema}"
for r in data:
    assert len(r) == len(hdr), "ragged row"
    d = dict(zip(hdr, r))
    assert d["script"].endswith("w.py") and d["args"] == 'a,b c"d', d["args"]
    assert d["exit_status"] == "0" and d["threads"] == "1", (d["exit_status"], d["threads"])
    assert int(d["instructions_executed"]) > 20000, d["instructions_executed"]
    assert float(d["wall_s"]) > 0 and d["cpus"] and d["kernel"] and d["timestamp"].endswith("Z")
    assert int(d["gil_acquires"]) >= 1
    for col in ("vol_ctx", "invol_ctx", "maxrss_kb", "user_s"):
        float(d[col])
    note = d["perf_note"]
    for col, ev in (("cycles", "cycles"), ("instructions", "instructions")):
        if ev in note:
            assert d[col] == "", f"{col} should be absent, got {d[col]!r}"
        elif not note.startswith("refused"):
            int(d[col])
js = [json.loads(l) for l in open(f"{t}/r.json")]
assert len(js) == 2 and list(js[0]) == hdr, "JSON keys differ from the header"
for k in ("cycles", "instructions"):
    if k in js[0]["perf_note"]:
        assert js[0][k] is None, f"JSON {k} should be null"
assert js[0]["args"] == 'a,b c"d'
print("ok")
PY
