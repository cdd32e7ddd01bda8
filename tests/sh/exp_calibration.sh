#!/usr/bin/env bash
# The runner paces --emulate configurations with a bench/calibrate file: the
# calibration.txt beside the results, or the one --calibration names; a
# configuration with its own --pace keeps it; raw --gil runs are never paced;
# without a file gilvm's built-in figure is used, and every row says which.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir "$T/a" "$T/b"
cat > "$T/m.matrix" <<'M'
reps    tiny=1
scale   N tiny=2000
config  emu    script=thread1.py args=$N cores=1 flags=--emulate=cpython-2.6.4
config  paced  script=thread1.py args=$N cores=1 flags="--emulate=cpython-2.6.4 --pace=3"
config  raw    script=thread1.py args=$N cores=1 flags=--gil=py26
M
printf '# emulate,work_per_instruction,source\ncpython-2.6.4,7.5000,fixture figure\n' > "$T/a/calibration.txt"
python3 experiments/run "$T/m.matrix" --scale tiny --gilvm "$GILVM" --out "$T/a/r.csv" > /dev/null 2> "$T/err" \
    || { echo "runner failed"; cat "$T/err"; exit 1; }
cp "$T/a/calibration.txt" "$T/named.txt"
python3 experiments/run "$T/m.matrix" --scale tiny --gilvm "$GILVM" --out "$T/b/r.csv" > /dev/null 2> "$T/err" \
    || { echo "runner failed without a calibration file"; cat "$T/err"; exit 1; }
python3 experiments/run "$T/m.matrix" --scale tiny --gilvm "$GILVM" --calibration "$T/named.txt" \
    --out "$T/c.csv" > /dev/null 2> "$T/err" || { echo "runner failed with --calibration"; cat "$T/err"; exit 1; }
python3 - "$T" <<'PY' || exit 1
import csv, os, sys
t = sys.argv[1]
def rows(p):
    return {r["config"]: r for r in csv.DictReader(open(os.path.join(t, p), newline=""))}
for path, where in (("a/r.csv", os.path.join(t, "a", "calibration.txt")), ("c.csv", os.path.join(t, "named.txt"))):
    r = rows(path)
    assert r["emu"]["status"] == "ok" and float(r["emu"]["pace_work_per_instruction"]) == 7.5, r["emu"]
    assert r["emu"]["pace_source"].startswith(where) and "fixture figure" in r["emu"]["pace_source"], r["emu"]
    assert float(r["paced"]["pace_work_per_instruction"]) == 3 and r["paced"]["pace_source"] == "--pace", r["paced"]
    assert r["raw"]["emulate"] == "" and r["raw"]["pace_work_per_instruction"] == "", r["raw"]
b = rows("b/r.csv")["emu"]
assert b["emulate"] == "cpython-2.6.4" and b["pace_source"].startswith("built-in"), b
PY
python3 experiments/run "$T/m.matrix" --scale tiny --gilvm "$GILVM" --calibration "$T/none.txt" \
    --out "$T/d.csv" > /dev/null 2> "$T/err"
rc=$?
[ $rc = 1 ] && grep -q "no calibration file" "$T/err" && [ ! -e "$T/d.csv" ] \
    || { echo "a missing --calibration file: exit $rc"; cat "$T/err"; exit 1; }
exit 0
