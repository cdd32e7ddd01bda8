#!/usr/bin/env bash
# experiments/run is resumable: stop it mid-way (SIGTERM, then SIGKILL), run it
# again, and the CSV ends with every (config, rep) exactly once and no partial row.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export GILVM=$ROOT/tests/fixtures/fake-gilvm
out=$T/namelookup.csv
want=12   # namelookup: 4 configurations x 3 reps
rows() { [ -f "$out" ] && echo $(( $(wc -l < "$out") - 1 )) || echo 0; }

interrupt() {  # SIGNAL: start a slow run, stop it once some rows exist
    FAKE_GILVM_DELAY=0.3 "$ROOT/experiments/run" namelookup --scale tiny --reps 3 --out "$out" \
        > "$T/log" 2>&1 &
    local pid=$! i
    for i in $(seq 1 100); do [ "$(rows)" -ge "$2" ] && break; sleep 0.1; done
    kill -"$1" "$pid"; wait "$pid" 2>/dev/null
    sleep 0.5   # a fake gilvm orphaned by SIGKILL finishes into its own temp file only
}

interrupt TERM 2
n=$(rows)
if [ "$n" -lt 2 ] || [ "$n" -ge $want ]; then echo "after SIGTERM: $n rows, want 2..$((want - 1))"; cat "$T/log"; exit 1; fi
grep -q "interrupted" "$T/log" || { echo "no 'interrupted' message:"; cat "$T/log"; exit 1; }
interrupt KILL $((n + 2))
n2=$(rows)
[ "$n2" -gt "$n" ] && [ "$n2" -lt $want ] || { echo "after SIGKILL: $n2 rows (before: $n)"; exit 1; }

"$ROOT/experiments/run" namelookup --scale tiny --reps 3 --out "$out" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
grep -q "$((want - n2)) runs to do" "$T/log" || { echo "resume did not skip the finished runs:"; head -3 "$T/log"; exit 1; }
[ "$(rows)" = $want ] || { echo "$(rows) rows, want $want"; exit 1; }
dups=$(python3 -c 'import csv,sys,collections
c = collections.Counter((r["config"], r["rep"]) for r in csv.DictReader(open(sys.argv[1])))
print(sum(1 for v in c.values() if v > 1))' "$out")
[ "$dups" = 0 ] || { echo "$dups (config, rep) pairs twice"; exit 1; }
"$ROOT/experiments/check-csv" "$out" || exit 1

# A third run has nothing to do and adds nothing.
"$ROOT/experiments/run" namelookup --scale tiny --reps 3 --out "$out" > "$T/log" 2>&1 || exit 1
[ "$(rows)" = $want ] || { echo "re-run added rows"; exit 1; }
# A partial last line (a crash mid-write) is removed, and that pair is run again.
printf 'partial,row' >> "$out"
"$ROOT/experiments/run" namelookup --scale tiny --reps 3 --out "$out" > "$T/log" 2>&1 || exit 1
grep -q "partial row" "$T/log" || { echo "partial row not reported"; exit 1; }
"$ROOT/experiments/check-csv" "$out" && [ "$(rows)" = $want ] || { echo "partial row not repaired"; exit 1; }
