#!/usr/bin/env bash
# --stats counts CPython 3.8 instructions exactly: small programs whose 3.8
# bytecode is known instruction by instruction (see the comments) must report
# exactly these totals and per-opcode counts, whatever the VM fuses inside.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
# count FILE LABEL: the number on the line whose label (text after the number,
# before any '#') is exactly LABEL.
count() {
    awk -v want="$2" '{ line = $0; sub(/#.*/, "", line)
        if (match(line, /^ *[0-9]+ +/)) { n = substr(line, RSTART, RLENGTH); lab = substr(line, RSTART + RLENGTH)
            sub(/ +$/, "", lab); gsub(/ /, "", n); if (lab == want) { print n; exit } } }' "$1"
}
check() {  # PROGRAM LABEL WANT
    local got; got=$(count "$1.err" "$2")
    [ "$got" = "$3" ] || { echo "$1: '$2' = '${got:-missing}', want $3"; fail=1; }
}
# x = 1  ->  LOAD_CONST, STORE_NAME, LOAD_CONST None, RETURN_VALUE
printf 'x = 1\n' > one.py
# for i in range(10): pass  ->  LOAD_NAME range, LOAD_CONST, CALL_FUNCTION, GET_ITER,
#   FOR_ITER x11, STORE_NAME x10, JUMP_ABSOLUTE x10, LOAD_CONST None, RETURN_VALUE
printf 'for i in range(10):\n    pass\n' > loop.py
# module: LOAD_CONST code, LOAD_CONST 'f', MAKE_FUNCTION, STORE_NAME, LOAD_NAME f,
#   LOAD_CONST 100, CALL_FUNCTION, POP_TOP, LOAD_CONST None, RETURN_VALUE      (10)
# f: per iteration LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE, LOAD_FAST,
#   LOAD_CONST, INPLACE_SUBTRACT, STORE_FAST, JUMP_ABSOLUTE (9 x 100), then the last
#   test (4) and LOAD_FAST, RETURN_VALUE (2)                                     (906)
printf 'def f(n):\n    while n > 0:\n        n -= 1\n    return n\nf(100)\n' > count.py
for p in one loop count; do
    "$G" --stats "$p.py" > /dev/null 2> "$p.err" || { echo "$p.py failed:"; cat "$p.err"; fail=1; }
done
check one "instructions executed" 4
check one LOAD_CONST 2
check one STORE_NAME 1
check one RETURN_VALUE 1
check loop "instructions executed" 37
check loop FOR_ITER 11
check loop STORE_NAME 10
check loop JUMP_ABSOLUTE 10
check loop GET_ITER 1
check count "instructions executed" 916
check count LOAD_FAST 202
check count LOAD_CONST 205
check count COMPARE_OP 101
check count POP_JUMP_IF_FALSE 101
check count INPLACE_SUBTRACT 100
check count STORE_FAST 100
check count JUMP_ABSOLUTE 100
exit $fail
