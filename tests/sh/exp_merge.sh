#!/usr/bin/env bash
# The other half of many machines: experiments/slurm.sbatch (checked by bash -n,
# its task body run without Slurm by setting SLURM_ARRAY_TASK_ID), a job line
# that no longer matches its matrix refused, and experiments/merge refusing
# per-host files whose columns differ (one line, exit 1, nothing written).
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export GILKIT_MACHINE_LOCK=$T/machine.lock
S=$ROOT/experiments/slurm.sbatch
bash -n "$S" || { echo "bash -n $S failed"; exit 1; }
grep -q '^#SBATCH --exclusive' "$S" || { echo "the array job does not ask for whole nodes"; exit 1; }
"$ROOT/experiments/run" namelookup --scale tiny --reps 1 --gilvm "$ROOT/tests/fixtures/fake-gilvm" \
    --out "$T/hosts" --emit-jobs "$T/jobs" 2> "$T/log" || { cat "$T/log"; exit 1; }
rows() { grep -vc '^timestamp,' "$T/hosts/$1/namelookup.csv"; }
for task in 1 2; do
    SLURM_ARRAY_TASK_ID=$task GILKIT_HOST=node1 bash "$S" "$T/jobs" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
done
SLURM_ARRAY_TASK_ID=3 GILKIT_HOST=node2 bash "$S" "$T/jobs" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
[ "$(rows node1)" = 2 ] && [ "$(rows node2)" = 1 ] || { echo "tasks 1, 2 on node1 and 3 on node2 wrote $(rows node1) and $(rows node2) rows"; exit 1; }
# A task requeued on the node that ran it adds nothing.
SLURM_ARRAY_TASK_ID=2 GILKIT_HOST=node1 bash "$S" "$T/jobs" > "$T/log" 2>&1 || { cat "$T/log"; exit 1; }
grep -q "skipped" "$T/log" && [ "$(rows node1)" = 2 ] || { echo "requeued task ran again:"; cat "$T/log"; exit 1; }
for bad in 0 9 x ''; do
    SLURM_ARRAY_TASK_ID=$bad bash "$S" "$T/jobs" > "$T/log" 2>&1
    [ $? = 2 ] && [ "$(wc -l < "$T/log")" = 1 ] || { echo "task id '$bad': want one line and exit 2:"; cat "$T/log"; exit 1; }
done

# A job line whose command the matrix no longer builds is refused, and runs nothing.
sed -n 4p "$T/jobs" | sed 's/ 20000$/ 30000/' > "$T/stale"
GILKIT_HOST=node2 bash "$T/stale" > "$T/log" 2>&1 && { echo "a stale job line ran"; exit 1; }
grep -q "not what namelookup builds" "$T/log" && [ "$(rows node2)" = 1 ] || { echo "stale line:"; cat "$T/log"; exit 1; }

# merge: one run per (host, config, rep); mismatched columns refused.
"$ROOT/experiments/merge" "$T/hosts/node1" "$T/hosts/node2" --out "$T/merged" 2> "$T/log" || { cat "$T/log"; exit 1; }
[ "$(grep -vc '^timestamp,' "$T/merged/namelookup.csv")" = 3 ] || { echo "merged: want 3 rows"; exit 1; }
mkdir "$T/odd"
python3 - "$T/hosts/node2/namelookup.csv" "$T/odd/namelookup.csv" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()
open(sys.argv[2], "w").write("\n".join([lines[0] + ",extra_metric"] + [l + ",1" for l in lines[1:]]) + "\n")
PY
"$ROOT/experiments/merge" "$T/hosts/node1" "$T/odd" --out "$T/m2" 2> "$T/log"
rc=$?
[ $rc = 1 ] && [ "$(wc -l < "$T/log")" = 1 ] && grep -q "other columns" "$T/log" \
    || { echo "mismatched schemas: exit $rc, want 1 and one line:"; cat "$T/log"; exit 1; }
[ ! -e "$T/m2" ] || { echo "merge wrote output after refusing"; exit 1; }
"$ROOT/experiments/merge" "$T/nowhere" --out "$T/m3" 2> "$T/log"
[ $? = 1 ] && [ "$(wc -l < "$T/log")" = 1 ] || { echo "missing input:"; cat "$T/log"; exit 1; }
