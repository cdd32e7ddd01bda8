#!/usr/bin/env bash
# gilvm counts ticks where CPython 2.6/3.8 pass their eval loop's check, so a
# check interval means the same number of loop iterations in both.  Per
# iteration (the gil_ticks column with --pace=0, from two loop lengths):
#   while n > 0: n -= 1     2  INPLACE_SUBTRACT, JUMP_ABSOLUTE (COMPARE_OP
#                              predicts POP_JUMP_IF_FALSE, which sees a bool)
#   while n: n -= 1         3  the jump sees an int: not CPython's fast path
#   for i in r: pass        1  JUMP_ABSOLUTE (FOR_ITER predicts STORE_FAST)
#   [i for i in r]          1  the same; LIST_APPEND predicts JUMP_ABSOLUTE
#   for i in r: if i < 0: pass
#                           1  3.8 jumps back from POP_JUMP_IF_FALSE (its fast
#                              path: no check at all); 2.6 from JUMP_ABSOLUTE
#                              (one); gilvm ticks every backward jump
set -u
G=${GILVM:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
cat > "$T/loops.py" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
def compare(n):
    while n > 0:
        n -= 1
def truth(n):
    while n:
        n -= 1
def loop(n):
    for i in range(n):
        pass
def listcomp(n):
    return [i for i in range(n)]
def forif(n):
    for i in range(n):
        if i < 0:
            pass
{"compare": compare, "truth": truth, "for": loop, "listcomp": listcomp, "forif": forif}[kind](n)
PY
ticks() {  # KIND N: the run's gil_ticks
    rm -f "$T/r.csv"
    "$G" --pace=0 --csv="$T/r.csv" "$T/loops.py" "$1" "$2" > /dev/null 2>&1 || { echo "$1 $2: exit $?" >&2; echo 0; return; }
    python3 -c "import csv,sys; print(list(csv.DictReader(open(sys.argv[1])))[-1]['gil_ticks'])" "$T/r.csv"
}
for want in compare:2 truth:3 for:1 listcomp:1 forif:1; do
    k=${want%:*} w=${want#*:}
    a=$(ticks "$k" 1000) b=$(ticks "$k" 3000)
    per=$(( (b - a) / 2000 ))
    [ "$(( (b - a) % 2000 ))" = 0 ] && [ "$per" = "$w" ] \
        || { echo "$k: $a ticks at 1000, $b at 3000: $(( b - a )) per 2000 iterations, want $w each"; fail=1; }
done
exit $fail
