#!/usr/bin/env bash
# `make reproduce` at tiny scale, with the real gilvm, into a scratch results
# directory: every matrix complete (one row per configuration), the CSVs
# well-formed, every figure, the paper.  Skips (77) only while gilvm cannot run.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
GILVM=${GILVM:-$ROOT/bin/gilvm}
case $GILVM in /*) ;; *) GILVM=$ROOT/$GILVM ;; esac
if ! "$GILVM" --version > /dev/null 2>&1; then
    echo "gilvm does not run yet (\`$GILVM --version\` failed); make reproduce not tested"
    exit 77
fi
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# make's own GILVM is build/VARIANT/gilvm or bin/gilvm: name the variant that built ours.
case $GILVM in
    "$ROOT"/build/*/gilvm) variant=${GILVM#"$ROOT"/build/}; variant=${variant%/gilvm} ;;
    "$ROOT"/bin/gilvm) variant=release ;;
    *) echo "GILVM=$GILVM is not a make-built gilvm"; exit 1 ;;
esac
start=$(date +%s)
RESULTS=$T make -s -C "$ROOT" --no-print-directory reproduce SCALE=tiny VARIANT="$variant" > "$T/log" 2>&1 \
    || { tail -30 "$T/log"; exit 1; }
echo "make reproduce SCALE=tiny: $(( $(date +%s) - start ))s"
grep -q "paper .*gilkit.pdf" "$T/log" || { echo "reproduce did not say where the outputs are"; exit 1; }
for m in beazley primitives convoy scaling namelookup ccbench; do
    want=$(GILVM=$GILVM "$ROOT/experiments/run" "$m" --list --scale tiny | wc -l)
    got=$(( $(wc -l < "$T/$m.csv") - 1 ))
    [ "$got" = "$want" ] || { echo "$m: $got rows, want $want"; exit 1; }
done
"$ROOT/experiments/check-csv" "$T"/*.csv || exit 1
for f in headline ctxswitch primitives convoy scaling namelookup; do
    [ -s "$T/figures/$f.png" ] && [ -s "$T/figures/$f.pdf" ] || { echo "figure $f missing"; exit 1; }
done
[ "$(head -c 5 "$T/gilkit.pdf")" = "%PDF-" ] || { echo "no paper"; exit 1; }
# Failed runs are data, but only a refused io_uring is expected on a healthy machine.
python3 - "$T" <<'PY'
import csv, glob, os, sys
bad = []
for path in glob.glob(os.path.join(sys.argv[1], "*.csv")):
    for r in csv.DictReader(open(path)):
        if r.get("status") == "failed" and not (r.get("lock") == "uring" and "uring" in r.get("error", "")):
            bad.append("%s %s: %s" % (os.path.basename(path), r["config"], r["error"]))
for b in bad:
    print("failed run:", b)
sys.exit(1 if bad else 0)
PY
