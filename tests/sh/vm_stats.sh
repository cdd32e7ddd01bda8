#!/usr/bin/env bash
# --stats: instructions executed, LOAD_GLOBAL cache hits/misses (and their
# disappearance under --no-global-cache), objects allocated/freed/peak and
# live at exit.  The wording is vm/runtime/vmstats.c's; this test finds each figure
# by its key words and checks that the numbers are plausible.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > loop.py <<'PY'
def work():
    total = 0
    s = "abc"
    i = 0
    while i < 1000:
        total += len(s)
        i += 1
    return total
print(work())
PY
# num FILE LABEL: the first number on the first line that contains LABEL
# (case-insensitive; vm/runtime/vmstats.c prints "   <count>      <label>").
num() {
    awk -v re="$2" 'index(tolower($0), tolower(re)) {
            line = $0; gsub(/,/, "", line)
            if (match(line, /[0-9]+/)) { print substr(line, RSTART, RLENGTH); exit }
        }' "$1"
}
need() {  # WHAT VALUE OP BOUND
    if [ -z "$2" ]; then echo "$1: not found in --stats output"; fail=1; return; fi
    if ! [ "$2" "$3" "$4" ]; then echo "$1 = $2, want $3 $4"; fail=1; fi
}
"$G" loop.py > plain.out 2> plain.err || { echo "plain run failed"; cat plain.err; exit 1; }
"$G" --stats loop.py > out 2> err; rc=$?
[ $rc = 0 ] || { echo "--stats run exit $rc"; cat err; exit 1; }
cmp -s plain.out out || { echo "--stats changed stdout"; diff plain.out out; fail=1; }
[ "$(cat out)" = 3000 ] || { echo "program printed '$(cat out)', want 3000"; fail=1; }
[ -s plain.err ] && { echo "stderr without --stats is not empty:"; cat plain.err; fail=1; }
instr=$(num err 'instructions executed')
hits=$(num err 'LOAD_GLOBAL cache hits')
misses=$(num err 'LOAD_GLOBAL cache misses')
alloc=$(num err 'objects allocated')
freed=$(num err 'objects freed')
peak=$(num err 'peak live')
live=$(num err 'live at exit')
need "instructions executed" "$instr" -ge 10000
# 1000 calls of len(): at most a few first-time misses, the rest hits.
need "LOAD_GLOBAL hits" "$hits" -ge 990
need "LOAD_GLOBAL misses" "$misses" -lt 10
[ -n "$hits" ] && [ -n "$misses" ] && need "LOAD_GLOBAL hits + misses" "$((hits + misses))" -ge 1000
need "objects allocated" "$alloc" -ge 1
need "objects freed" "$freed" -ge 1
need "peak live objects" "$peak" -ge 1
need "live at exit" "$live" -eq 0
[ -n "$alloc" ] && [ -n "$freed" ] && need "freed == allocated (nothing live at exit)" "$freed" -eq "$alloc"
[ -n "$alloc" ] && [ -n "$peak" ] && need "peak <= allocated" "$peak" -le "$alloc"
grep -q 'LOAD_GLOBAL' err || { echo "--stats does not name LOAD_GLOBAL"; fail=1; }
# The top-10 opcode table must include the loop's opcodes.
for op in LOAD_FAST COMPARE_OP; do
    grep -q "$op" err || { echo "--stats top opcodes lack $op"; fail=1; }
done
"$G" --stats --no-global-cache loop.py > out2 2> err2; rc=$?
[ $rc = 0 ] || { echo "--no-global-cache run exit $rc"; cat err2; exit 1; }
cmp -s plain.out out2 || { echo "--no-global-cache changed stdout"; fail=1; }
need "hits with --no-global-cache" "$(num err2 'LOAD_GLOBAL cache hits')" -eq 0
need "misses with --no-global-cache" "$(num err2 'LOAD_GLOBAL cache misses')" -ge 1000
[ $fail = 0 ] || { echo "--- --stats output:"; cat err; echo "--- with --no-global-cache:"; cat err2; }
exit $fail
