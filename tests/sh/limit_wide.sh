#!/usr/bin/env bash
# Wide rather than deep source: 100000-element displays, 100000 call
# arguments, tens of thousands of names.  The compiler's constant and name
# tables and the symtable's are indexed, not scanned (a 100000-element list
# took 70 s to compile and a 100000-key dict over two minutes when they were
# scanned); each program prints what python3 prints.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY=$(command -v python3) || { echo "python3 absent: nothing to compare with"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
"$PY" - <<'PY'
n = 100000
w = lambda name, text: open(name + ".py", "w").write(text)
w("list", "x = [" + ", ".join(str(i) for i in range(n)) + "]\nprint(len(x), x[-1])\n")
w("dict", "x = {" + ", ".join("%d: 's%d'" % (i, i) for i in range(n)) + "}\nprint(len(x), x[n - 1] if False else x[%d])\n" % (n - 1))
w("strs", "x = (" + ", ".join("'k%d'" % (i % 5000) for i in range(n)) + ")\nprint(len(x), len(set(x)) if False else x[4999])\n")
w("args", "def f(*a): return len(a), a[-1]\nprint(f(" + ", ".join(str(i) for i in range(n)) + "))\n")
w("locals", "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(30000)) + "    return v0 + v29999\nprint(f())\n")
w("globals", "a = " + " = ".join("g%d" % i for i in range(20000)) + " = 7\nprint(g19999)\n")
w("decos", "def d(f): return f\n" + "@d\n" * 10000 + "def g(): return 3\nprint(g())\n")
w("cells", "def outer():\n" + "".join("    c%d = %d\n" % (i, i) for i in range(2000)) +
  "    def inner():\n        return " + " + ".join("c%d" % i for i in range(0, 2000, 7)) + "\n    return inner()\nprint(outer())\n")
PY
for f in list dict strs args locals globals decos cells; do
    "$PY" $f.py > py.out 2>&1; prc=$?
    "$G" $f.py > vm.out 2>&1; grc=$?
    [ $prc = $grc ] && cmp -s py.out vm.out || { echo "$f: gilvm exit $grc, python3 $prc"; diff py.out vm.out | head -5; fail=1; }
done
exit $fail
