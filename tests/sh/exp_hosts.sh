#!/usr/bin/env bash
# Many machines through GNU parallel: a tiny matrix's jobs (experiments/run
# --emit-jobs) handed to two "hosts" -- a fake ssh runs each host's jobs on this
# machine under its name (GILKIT_HOST) -- one host killed in the middle of a
# run, the sweep stopped, then resumed from parallel's job log; the two host
# CSVs merged hold every run exactly once, each row naming its machine.
# budget: 180
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v parallel > /dev/null || { echo "GNU parallel is not installed (make deps)"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export GILKIT_MACHINE_LOCK=$T/machine.lock FAKE_SSH_TMP=$T
G=$ROOT/tests/fixtures/fake-gilvm
cat > "$T/ssh" <<'SH'
#!/usr/bin/env bash
# ssh HOST -- COMMAND: COMMAND runs here as it would on HOST (its own temp
# folder), in a session of its own as on another machine: a signal to this
# "ssh" does not reach it, but it sees its connection (this process) end.
# setsid forks when it starts as a process-group leader (under job control,
# say); --wait keeps its first process, the "connection", alive until the
# command ends, or parallel's remote wrapper would see it gone and stop the job.
# sshd hands the command a SHELL (the account's login shell), which parallel's
# wrapper runs the job with: without one (CI has none) it runs nothing, exit 0.
host=$1; shift; [ "${1:-}" = -- ] && shift
mkdir -p "$FAKE_SSH_TMP/tmp-$host"
SHELL=/bin/sh GILKIT_HOST=$host TMPDIR=$FAKE_SSH_TMP/tmp-$host FAKE_GILVM_MARK=$FAKE_SSH_TMP/running-$host \
    setsid --wait bash -c "$*" <&0 &
wait $!
SH
chmod +x "$T/ssh"
"$ROOT/experiments/run" namelookup --scale tiny --reps 2 --gilvm "$G" --out "$T/hosts" \
    --emit-jobs "$T/jobs" 2> "$T/log" || { cat "$T/log"; exit 1; }
want=8   # 4 configurations x 2 reps
[ "$(wc -l < "$T/jobs")" = $want ] || { echo "want $want job lines:"; cat "$T/jobs"; exit 1; }
rows() { cat "$T"/hosts/*/namelookup.csv 2> /dev/null | grep -vc '^timestamp,'; }
sweep() { exec parallel --ssh "$T/ssh" -S 1/hA,1/hB --joblog "$T/joblog" "$@" < "$T/jobs" > "$T/plog" 2>&1; }

# A host dies mid-run: its runner, while its gilvm runs, is SIGKILLed (the fake
# gilvm names its runner in FAKE_GILVM_MARK while it sleeps).  Then the sweep
# is stopped as parallel documents for leaving no job half done: HUP, which
# lets the running jobs finish and starts no more.
state() {  # what the sweep had done, for a failure message (its last line: $1)
    echo "job log:"; cat "$T/joblog" 2> /dev/null; echo "parallel said:"; tail -8 "$T/plog"
    echo "rows (host config rep):"; for f in "$T"/hosts/*/namelookup.csv; do
        python3 -c 'import csv, sys
for r in csv.DictReader(open(sys.argv[1])): print(" ", r["host"], r["config"], r["rep"], r["timestamp"])' "$f"
    done; echo "$1"
}
(FAKE_GILVM_DELAY=1 sweep) & par=$!
killed=
for i in $(seq 1 600); do
    pid=$(cat "$T/running-hA" 2> /dev/null)
    [ "$(rows)" -ge 2 ] && [ -n "$pid" ] && kill -KILL "$pid" 2> /dev/null && killed=$pid && break
    sleep 0.1
done
[ -n "$killed" ] || { state "no run on hA to kill in 60 s"; exit 1; }
kill -HUP $par; wait $par
n=$(rows)
[ "$n" -ge 2 ] && [ "$n" -lt $want ] || { state "after the kill: $n rows, want 2..$((want - 1))"; exit 1; }

# Resumed: parallel reruns the killed job and starts the ones never started.
(sweep --resume-failed) || { state "the resumed sweep failed"; exit 1; }
[ "$(rows)" = $want ] || { state "after the resume: $(rows) rows, want $want"; exit 1; }
for h in hA hB; do
    [ -s "$T/hosts/$h/namelookup.csv" ] || { echo "host $h ran nothing"; exit 1; }
done
# A job whose run its host has already is skipped.
line=$(grep -n -- "--job $(python3 -c 'import csv,sys
r = next(csv.DictReader(open(sys.argv[1]))); print("%s/%s" % (r["config"], r["rep"]))' "$T/hosts/hA/namelookup.csv") " \
    "$T/jobs" | cut -d: -f1)
GILKIT_HOST=hA bash -c "$(sed -n "${line}p" "$T/jobs")" 2> "$T/log" || { cat "$T/log"; exit 1; }
grep -q "already; skipped" "$T/log" && [ "$(rows)" = $want ] || { echo "a done job ran again:"; cat "$T/log"; exit 1; }

# A job the engine gives up (TERM, as parallel's Ctrl-C does through ssh)
# stops its run at once and writes no row: the engine will run it again.
hc=$T/hosts/hC/namelookup.csv
GILKIT_HOST=hC FAKE_GILVM_DELAY=3 FAKE_GILVM_MARK=$T/running-hC bash -c "$(sed -n 1p "$T/jobs")" \
    2> "$T/log" & job=$!
for i in $(seq 1 600); do [ -s "$hc" ] && [ -s "$T/running-hC" ] && break; sleep 0.1; done
kill -TERM $job; wait $job; rc=$?
[ $rc = 130 ] && [ "$(grep -vc '^timestamp,' "$hc")" = 0 ] && grep -q "interrupted; 0 finished rows" "$T/log" \
    || { echo "a TERMed job (exit $rc) left a row or said:"; cat "$T/log" "$hc"; exit 1; }
rm -r "$T/hosts/hC"

# Merged (hA given twice: still one run each): every job exactly once, on its host.
"$ROOT/experiments/merge" "$T/hosts/hA" "$T/hosts/hB" "$T/hosts/hA" --out "$T/merged" 2> "$T/log" \
    || { cat "$T/log"; exit 1; }
grep -q "$want runs of 1 matrices from 3 files, 2 hosts" "$T/log" || { echo "merge said:"; cat "$T/log"; exit 1; }
python3 - "$T/merged/namelookup.csv" "$T/jobs" <<'PY' || exit 1
import collections, csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1])))
jobs = [re.search(r"--job (\S+)", l).group(1) for l in open(sys.argv[2])]
runs = collections.Counter("%s/%s" % (r["config"], r["rep"]) for r in rows)
assert sorted(runs) == sorted(jobs) and set(runs.values()) == {1}, runs
assert {r["host"] for r in rows} == {"hA", "hB"}, {r["host"] for r in rows}
assert all(r["hypervisor"] and r["kernel"] and r["cpu_model"] for r in rows), "machine columns lost"
assert all(r["status"] == "ok" for r in rows), [r["error"] for r in rows]
PY
"$ROOT/experiments/check-csv" "$T/merged/namelookup.csv" > /dev/null || exit 1
"$ROOT/experiments/summarize" "$T/merged" > "$T/table" 2> /dev/null || exit 1
grep -q "^median wall .* hA  *hB" "$T/table" || { echo "no per-machine table:"; cat "$T/table"; exit 1; }
