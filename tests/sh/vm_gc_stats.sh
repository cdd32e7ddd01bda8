#!/usr/bin/env bash
# The cycle collector in --stats and in the trace: a program that drops
# 3000 two-instance cycles shows generation-0 collections, the unreachable
# objects found (at least the 6000 instances), a max pause no larger than
# the total; one without cycles finds none at all.  With --trace, every
# collection is a "gc" slice (category gc, naming its generation) nested in
# one of the thread's running slices, and the intervals CSV leaves them out.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > cycles.py <<'PY'
class N:
    pass
for i in range(3000):
    a, b = N(), N()
    a.b, b.a = b, a
print("done")
PY
printf 'x = 0\nfor i in range(3000):\n    x += i\nprint(x)\n' > flat.py
# num FILE LABEL: the first number on the line containing LABEL.
num() {
    awk -v re="$2" 'index($0, re) { if (match($0, /[0-9]+(\.[0-9]+)?/)) { print substr($0, RSTART, RLENGTH); exit } }' "$1"
}
need() {  # WHAT VALUE AWK-CONDITION (on v)
    if [ -z "$2" ]; then echo "$1: not in --stats output"; fail=1; return; fi
    awk -v v="$2" "BEGIN { exit !($3) }" || { echo "$1 = $2, want $3"; fail=1; }
}
"$G" --stats cycles.py > out 2> err || { echo "--stats run failed"; cat err; exit 1; }
[ "$(cat out)" = done ] || { echo "program printed '$(cat out)'"; fail=1; }
need "gen 0 collections" "$(num err 'gc collections of generation 0')" "v >= 5"
need "gen 1 collections" "$(num err 'gc collections of generation 1')" "v >= 0"
need "gen 2 collections" "$(num err 'gc collections of generation 2')" "v >= 1"   # at exit
need "objects collected" "$(num err 'gc objects collected')" "v >= 6000"
total=$(num err 'gc pause total') max=$(num err 'gc pause max')
need "pause total" "$total" "v > 0"
need "pause max" "$max" "v > 0 && v <= $total"
need "live at exit" "$(num err 'objects live at exit')" "v == 0"
"$G" --stats flat.py > out 2> err || { echo "--stats flat run failed"; cat err; exit 1; }
need "flat: objects collected" "$(num err 'gc objects collected')" "v == 0"

"$G" --trace=t.json cycles.py > out 2> err || { echo "--trace run failed"; cat err; exit 1; }
python3 - <<'PY' || fail=1
import csv, json
ev = json.load(open("t.json"))["traceEvents"]
gc = [e for e in ev if e.get("cat") == "gc"]
run = [e for e in ev if e.get("cat") == "gil" and e.get("name") == "running"]
assert len(gc) >= 5, f"{len(gc)} gc slices"
for g in gc:
    assert g["ph"] == "X" and g["name"] == "gc", g
    assert g["args"]["detail"] in ("generation 0", "generation 1", "generation 2"), g
    assert any(r["tid"] == g["tid"] and r["ts"] <= g["ts"] and
               g["ts"] + g["dur"] <= r["ts"] + r["dur"] + 0.002 for r in run), f"gc slice outside running: {g}"
rows = list(csv.DictReader(open("t.json.intervals.csv", newline="")))
assert rows and not any(r["state"] == "gc" for r in rows), "gc in the intervals CSV"
print(f"ok: {len(gc)} gc slices")
PY
exit $fail
