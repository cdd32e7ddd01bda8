#!/usr/bin/env bash
# Unbounded recursion ends in RecursionError (exit 1, traceback), never a
# signal; the limit is CPython's (about 1000 frames).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' > rec.py
"$G" rec.py > out 2> err; rc=$?
[ $rc = 1 ] || { echo "uncaught recursion: exit $rc, want 1"; tail -3 err; fail=1; }
tail -1 err | grep -q '^RecursionError: maximum recursion depth exceeded' || { echo "last line: $(tail -1 err)"; fail=1; }
head -1 err | grep -qx 'Traceback (most recent call last):' || { echo "no traceback header"; fail=1; }
cat > depth.py <<'PY'
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(1)
print(900 <= d <= 1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(950))
PY
out=$("$G" depth.py 2>&1); rc=$?
[ $rc = 0 ] && [ "$out" = "True
950" ] || { echo "depth.py: exit $rc, output: $out"; fail=1; }
# Recursion through a builtin callback must not overflow the C stack either.
printf 'def f(n):\n    return sorted([1, 2], key=lambda v: f(n + 1))\nf(0)\n' > viac.py
"$G" viac.py > out 2> err; rc=$?
[ $rc = 1 ] || { echo "recursion through sorted(key=): exit $rc, want 1"; tail -3 err; fail=1; }
tail -1 err | grep -q '^RecursionError' || { echo "via builtin, last line: $(tail -1 err)"; fail=1; }
exit $fail
