#!/usr/bin/env bash
# Deeply nested source never overflows the C stack in the parser, the AST
# folder, the symtable or the compiler: each program ends the way python3
# (the oracle) ends it — success, SyntaxError ("too many nested
# parentheses"), IndentationError, RecursionError ("maximum recursion depth
# exceeded during compilation") or the parser's bare MemoryError.  Each also
# runs with a 1 MiB C stack, where the depth guards must end it cleanly
# (success or one of those errors, never a signal), so a pass that lost its
# guard fails here.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
PY=$(command -v python3 || true)
cat > gen.py <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
src = {
    'not':    lambda: 'x = 1\ny = ' + 'not ' * n + 'x\nprint(y)\n',
    'neg':    lambda: 'x = ' + '-' * n + '1\nprint(x)\n',
    'add':    lambda: 'a = 1\nx = ' + ' + '.join(['a'] * n) + '\nprint(x)\n',
    'pow':    lambda: 'x = ' + '**'.join(['1'] * n) + '\nprint(x)\n',
    'lambda': lambda: 'f = ' + 'lambda: ' * n + '1\nprint(1)\n',
    'ifexp':  lambda: 'x = ' + '1 if 1 else ' * n + '1\nprint(x)\n',
    'attr':   lambda: 'class C: pass\nx = C(); x.y = x\nz = x' + '.y' * n + '\nprint(1)\n',
    'sub':    lambda: 'a = [0]\na[0] = a\nx = a' + '[0]' * n + '\nprint(1)\n',
    'call':   lambda: 'def f(x=0): return x\nx = ' + 'f(' * n + ')' * n + '\nprint(x)\n',
    'list':   lambda: 'x = ' + '[' * n + ']' * n + '\nprint(1)\n',
    'paren':  lambda: 'x = ' + '(' * n + '1' + ')' * n + '\nprint(x)\n',
    'and':    lambda: 'a = 1\nx = ' + ' and '.join(['a'] * n) + '\nprint(x)\n',
    'cmp':    lambda: 'a = 1\nx = ' + ' < '.join(['a'] * n) + '\nprint(x)\n',
    'elif':   lambda: 'x = 0\nif x == -1: pass\n' + ''.join(['elif x == %d: pass\n' % i for i in range(n)]) + 'else: print("else")\n',
    'if':     lambda: 'x = 1\n' + ''.join([' ' * i + 'if x:\n' for i in range(n)]) + ' ' * n + 'print(x)\n',
    'def':    lambda: ''.join([' ' * i + 'def f():\n' for i in range(n)]) + ' ' * n + 'pass\nprint(1)\n',
}[kind]()
sys.stdout.write(src)
PY
# outcome FILE CMD...: "exit-status last-stderr-line's exception class" (class "-" on success)
outcome() {
    local f=$1; shift
    "$@" "$f" > /dev/null 2> err; local rc=$?
    local cls=-
    [ $rc = 0 ] || cls=$(tail -1 err | sed 's/:.*//')
    echo "$rc $cls"
}
# The same cases without python3: what CPython 3.11 gives (checked when it is present).
cases="not:1000=0_- not:4000=1_RecursionError not:100000=1_MemoryError neg:100000=1_MemoryError
add:2000=0_- add:100000=1_RecursionError pow:1000=0_- pow:100000=1_MemoryError
lambda:500=0_- lambda:10000=1_MemoryError ifexp:1000=0_- ifexp:100000=1_MemoryError
attr:2000=0_- attr:100000=1_RecursionError sub:100000=1_RecursionError call:150=0_-
call:100000=1_SyntaxError list:100000=1_SyntaxError paren:200000=1_SyntaxError
and:100000=0_- cmp:100000=0_- elif:1000=0_- elif:4000=1_RecursionError elif:100000=1_MemoryError
if:99=0_- if:101=1_IndentationError def:101=1_IndentationError"
fail=0
for c in $cases; do
    spec=${c%=*} want=${c#*=}; want=${want/_/ }
    kind=${spec%:*} n=${spec#*:}
    if [ -n "$PY" ]; then
        "$PY" gen.py "$kind" "$n" > "$kind.py"
        py=$(outcome "$kind.py" "$PY")
        [ "$py" = "$want" ] || { echo "$spec: python3 gives '$py', the table says '$want'"; fail=1; }
        want=$py
    else
        "$G" gen.py "$kind" "$n" > "$kind.py" 2>/dev/null || { echo "$spec: gen.py failed"; fail=1; continue; }
    fi
    got=$(outcome "$kind.py" "$G")
    [ "$got" = "$want" ] || { echo "$spec: gilvm gives '$got', python3 '$want'"; tail -2 err; fail=1; }
    small=$( (ulimit -s 1024 && outcome "$kind.py" "$G") )
    case $small in
        "$want"|"1 RecursionError"|"1 MemoryError") ;;
        *) echo "$spec with a 1 MiB stack: '$small' (want '$want' or a clean RecursionError/MemoryError)"; tail -2 err; fail=1 ;;
    esac
done
exit $fail
