#!/usr/bin/env bash
# The runner's interpreter axis on a fake peer (a shell script standing in for
# python2.6, so no CPython build is needed): interp= configurations run the
# workload unchanged under gilrun and give gilvm's record with the GIL columns
# empty and interp named; an absent peer is skipped with one line, never a
# failed row; a peer that fails is a status=failed row; flags on a peer are
# refused when the matrix is read.
set -u
: "${GILVM:?set GILVM}"
GILRUN=${GILRUN:-$(dirname "$GILVM")/gilrun}
[ -x "$GILRUN" ] || { echo "no $GILRUN (make builds it)"; exit 1; }
export GILRUN
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ROOT=$(pwd)
printf '#!/bin/sh\nexec python3 "$@"\n' > "$T/python2.6"
printf '#!/bin/sh\necho "fake 2.7 breaks" >&2\nexit 3\n' > "$T/python2.7"
chmod +x "$T/python2.6" "$T/python2.7"
cat > "$T/m.matrix" <<'M'
reps    tiny=2
scale   N tiny=20000
metrics loop_s
vary    peer = cpython-2.6.4 cpython-3.2 cpython-2.7
config  vm-thread1        script=thread1.py args=$N cores=1 flags=--gil=py26
config  {peer}-thread1    interp={peer} script=thread1.py args=$N cores=1
config  {peer}-thread2    interp={peer} script=thread2.py args=$N cores=1 baseline={peer}-thread1
M
# cpython-2.7 must come from the fake directory only, not a pyenv or PATH python2.7.
python3 experiments/run "$T/m.matrix" --scale tiny --gilvm "$GILVM" --peers "$T" --out "$T/r.csv" \
    > "$T/out" 2> "$T/err"
rc=$?
[ $rc = 0 ] || { echo "runner exit $rc"; cat "$T/err"; exit 1; }
[ "$(grep -c 'cpython-3.2 skipped' "$T/err")" = 1 ] || { echo "absent peer: want one skip line"; cat "$T/err"; exit 1; }
python3 - "$T/r.csv" "$T/err" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
err = open(sys.argv[2]).read()
by = {}
for r in rows:
    by.setdefault(r["config"], []).append(r)
assert not any(c.startswith("cpython-3.2") for c in by), "an absent peer left rows"
for c in ("vm-thread1", "cpython-2.6.4-thread1", "cpython-2.6.4-thread2"):
    assert len(by.get(c, [])) == 2, (c, len(by.get(c, [])))
for r in by["cpython-2.6.4-thread1"] + by["cpython-2.6.4-thread2"]:
    assert r["status"] == "ok" and r["interp"] == "cpython-2.6.4", r
    assert r["script"].endswith("/python2.6") and r["args"].startswith("experiments/thread"), r
    for col in ("gil", "lock", "switch_interval_s", "gil_acquires", "instructions_executed", "threads"):
        assert r[col] == "", (col, r[col])
    assert float(r["wall_s"]) > 0 and float(r["user_s"]) >= 0 and r["kernel"] and r["cpus"] == "0"
    assert float(r["loop_s"]) > 0, "the workload's metric line was not kept"
    assert r["exit_status"] == "0" and r["timed_out"] == "0"
    if r["perf_note"] == "" or "task-clock" not in r["perf_note"]:
        assert float(r["task_clock_ms"]) > 0, "task-clock must follow the child"
vm = by["vm-thread1"][0]
assert vm["interp"] == "gilvm" and vm["gil"] == "py26" and vm["gil_acquires"] != ""
bad = by.get("cpython-2.7-thread1", []) + by.get("cpython-2.7-thread2", [])
assert len(bad) == 4 and all(r["status"] == "failed" and "fake 2.7 breaks" in r["error"]
                             and r["exit_status"] == "3" for r in bad), bad
PY
[ $? = 0 ] || exit 1
python3 experiments/check-csv "$T/r.csv" > /dev/null || { echo "check-csv refused the peer rows"; exit 1; }
# The summary takes each peer's ratio against its own baseline.
mkdir "$T/res" && cp "$T/r.csv" "$T/res/m.csv"
python3 experiments/summarize "$T/res" 2> /dev/null || { echo "summarize failed"; exit 1; }
python3 - "$T/res/summary.csv" <<'PY' || exit 1
import csv, sys
s = {r["config"]: r for r in csv.DictReader(open(sys.argv[1]))}
r = s["cpython-2.6.4-thread2"]
assert r["interp"] == "cpython-2.6.4" and float(r["ratio_to_baseline"]) > 0, r
PY
# gilvm's options on a peer: refused when the matrix is read.
sed 's/interp={peer} script=thread1.py/interp={peer} flags=--gil=py32 script=thread1.py/' "$T/m.matrix" > "$T/bad.matrix"
python3 experiments/run "$T/bad.matrix" --scale tiny --gilvm "$GILVM" --peers "$T" --list > /dev/null 2> "$T/err2"
rc=$?
[ $rc = 1 ] && grep -q "flags are gilvm's options" "$T/err2" || { echo "flags on a peer: exit $rc"; cat "$T/err2"; exit 1; }
exit 0
