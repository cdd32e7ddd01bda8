#!/usr/bin/env bash
# --csv, --json and --trace targets that cannot take the record (/dev/full, a
# directory, a missing folder, a CSV with another header) are refused before
# the script runs: exit 2, one line naming the option.  /dev/null and a
# matching CSV are fine.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
printf 'print("ran")\n' > s.py
printf 'a,b\n1,2\n' > other.csv
mkdir adir
for opt in csv json trace; do
    for target in /dev/full adir nowhere/x.out other.csv; do
        [ $opt != csv ] && [ $target = other.csv ] && continue
        [ -w /dev/full ] || [ $target != /dev/full ] || continue
        "$G" --$opt=$target s.py > out 2> err; rc=$?
        label="--$opt=$target"
        [ $rc = 2 ] || { echo "$label: exit $rc, want 2"; cat err; fail=1; }
        [ ! -s out ] || { echo "$label: the script ran"; fail=1; }
        [ "$(grep -vc '^gilvm: perf' err)" = 1 ] && grep -q "^gilvm: --$opt=$target: " err \
            || { echo "$label: want one line naming it"; cat err; fail=1; }
    done
done
"$G" --csv=ok.csv s.py > /dev/null 2>&1 && "$G" --csv=ok.csv --json=/dev/null s.py > out 2> err \
    || { echo "a matching CSV, /dev/null: refused"; cat err; fail=1; }
[ "$(wc -l < ok.csv)" = 3 ] || { echo "ok.csv: $(wc -l < ok.csv) lines, want header + 2"; fail=1; }
exit $fail
