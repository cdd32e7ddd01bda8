#!/usr/bin/env bash
# -m NAME runs a module as python3 -m does: found on sys.path (the current
# folder, absolute, first) without being imported twice, its parent packages
# imported first; a package runs its __main__ with __package__ set;
# sys.argv[0] becomes the module's file; a name that finds nothing is one
# line and exit 1; -m unittest finds test*.py below the current folder.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
T=$(cd "$T" && pwd -P)
fail=0
check() {  # NAME WANT GOT
    [ "$2" = "$3" ] && return 0
    echo "$1: want [$2], got [$3]"; fail=1
}
mkdir -p "$T/pkg/sub" "$T/tests"
echo 'print("init", __name__)' > "$T/pkg/__init__.py"
: > "$T/pkg/sub/__init__.py"
echo 'X = 42' > "$T/pkg/helper.py"
cat > "$T/pkg/__main__.py" <<'PY'
import sys
from . import helper
print("main", __name__, __package__, sys.argv, helper.X, sys.path[0])
PY
cat > "$T/pkg/sub/tool.py" <<'PY'
import sys
print("tool", __name__, __package__, __file__, sys.argv[1:])
raise SystemExit(3)
PY
printf 'print("top", __name__)\n1/0\n' > "$T/top.py"
: > "$T/tests/__init__.py"
cat > "$T/tests/test_a.py" <<'PY'
import unittest
class A(unittest.TestCase):
    def test_x(self): pass
    def test_y(self): self.assertEqual(1, 2)
PY
run() { (cd "$T" && "$G" "$@" 2>&1; echo "rc=$?"); }

check "package __main__" "init pkg
main __main__ pkg ['$T/pkg/__main__.py', 'a', 'b'] 42 $T
rc=0" "$(run -m pkg a b)"
check "submodule" "init pkg
tool __main__ pkg.sub $T/pkg/sub/tool.py ['x']
rc=3" "$(run -m pkg.sub.tool x)"
got=$(run -m top)
check "traceback names the module's file" "top __main__
Traceback (most recent call last):
  File \"$T/top.py\", line 2, in <module>
    1/0
ZeroDivisionError: division by zero
rc=1" "$got"
check "no such module" "gilvm: No module named nope
rc=1" "$(run -m nope)"
check "no such submodule" "init pkg
gilvm: No module named pkg.nope
rc=1" "$(run -m pkg.nope)"
check "package without __main__" "init pkg
gilvm: No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed
rc=1" "$(run -m pkg.sub)"
got=$(run -m unittest | sed 's/ in [0-9.]*s$/ in Xs/')
check "-m unittest discovers" "init pkg
.F
======================================================================
FAIL: test_y (tests.test_a.A.test_y)
----------------------------------------------------------------------
Traceback (most recent call last):
  File \"$T/tests/test_a.py\", line 4, in test_y
    def test_y(self): self.assertEqual(1, 2)
AssertionError: 1 != 2

----------------------------------------------------------------------
Ran 2 tests in Xs

FAILED (failures=1)
rc=1" "$got"
check "-m unittest NAME" "rc=0" "$(run -m unittest -q tests.test_a.A.test_x 2>&1 | tail -1)"
check "-m dis still disassembles" "rc=0" "$(run -m dis top.py | tail -1)"
exit $fail
