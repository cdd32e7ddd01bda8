#!/usr/bin/env bash
# malloc failing (the shim, tests/fault/lib.sh): run tests/fault/
# sweep_program.py once counting its allocations (N), then again with the
# k-th allocation failing for k = 1..N (every STEP-th; FAULT_SWEEP_STEP=1
# for all of them), and with every allocation from the k-th on failing.
# Each run must end in one of three ways and never by a signal:
#   exit 0   the output of a clean run (or a thread died of MemoryError and
#            said so in CPython's words, "Exception in thread ..." from
#            threading or "Exception ignored in thread started by: ..." when
#            it struck outside run(), and the program went on);
#   exit 1   a traceback ending in MemoryError (or RuntimeError: can't start
#            new thread, which is what CPython raises when a thread cannot
#            be made), and/or "gilvm: --csv=...: out of memory" (the record
#            could not be written); no other "gilvm:" line;
#   exit 2   one line "gilvm: ...out of memory..." (or the source file could
#            not be read: "[Errno 12] Cannot allocate memory").
# No object may be left alive (GILVM_LEAKCHECK=1, set by the runner), and
# every run appends to one --csv file, which must stay valid, whole rows only.
# Needs the release build: a sanitizer build replaces malloc (lib.sh skips).
set -u
. "$ROOT/tests/fault/lib.sh"
P=$ROOT/tests/fault/sweep_program.py
want=$("$GILVM" "$P" 2>&1) || { echo "clean run failed: $want"; exit 1; }

fault malloc:count "$P"
[ "$rc" = 0 ] || die "exit $rc"
N=$(sed -n 's/^gilkit-fault: malloc: \([0-9]*\) calls$/\1/p' "$T/err")
[ -n "$N" ] && [ "$N" -gt 100 ] || die "no allocation count"
STEP=${FAULT_SWEEP_STEP:-$(( (N + 299) / 300 ))}
runs=0 stops=0 memerr=0

one() {  # RULES
    fault "$1" --csv="$T/sweep.csv" "$P"
    runs=$((runs + 1))
    [ "$rc" -lt 124 ] || die "exit $rc (signal or timeout)"
    ! grep -q 'Sanitizer\|gilkit-fault:' "$T/err" || die "sanitizer or shim report"
    ! grep -q '^gilvm: leak:' "$T/err" || die "objects left alive"
    case $rc in
        0)  [ "$(cat "$T/out")" = "$want" ] && return
            grep -Eq '^Exception (in|ignored in) thread' "$T/err" && grep -q 'MemoryError' "$T/err" ||
                die "exit 0 with other output: $(head -c 200 "$T/out")" ;;
        1)  memerr=$((memerr + 1))
            ! grep '^gilvm:' "$T/err" | grep -vq 'out of memory' || die "a gilvm: line not about memory"
            grep -Eq "^(MemoryError|RuntimeError: can't start new thread)" "$T/err" ||
                grep -q '^gilvm: --csv=.*: out of memory$' "$T/err" || die "exit 1 without a MemoryError" ;;
        2)  stops=$((stops + 1))
            want_one_line '^gilvm: .*(out of memory|Cannot allocate memory)' ;;
        *)  die "exit $rc" ;;
    esac
}

for k in $(seq 1 "$STEP" "$N"); do one "malloc:nth=$k"; done
for k in $(seq 1 $((STEP * 10)) "$N"); do one "malloc:after=$k"; done
CASE="the --csv file after $runs runs"
python3 "$ROOT/experiments/check-csv" "$T/sweep.csv" > "$T/check" 2>&1 || { cat "$T/check"; die "check-csv"; }
rows=$(python3 -c 'import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="")))))' "$T/sweep.csv")
[ "$rows" -le "$runs" ] && [ "$rows" -ge $((runs - stops - memerr)) ] || die "$rows rows for $runs runs"
[ -z "$(tail -c1 "$T/sweep.csv")" ] || die "ends inside a row"
echo "ok: N=$N allocations, $runs runs (step $STEP), $memerr MemoryError, $stops stopped, $rows rows"
