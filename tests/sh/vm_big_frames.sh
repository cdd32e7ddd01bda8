#!/usr/bin/env bash
# A frame's value stack is as big as its code needs, not as the C stack
# allows: frames live on the thread's frame arena (vm/runtime/frame.h).
# Each program is one of the crashes it once was; python3 runs each too.
set -u
G=${GILVM:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
literal() {  # literal N: "[a, a, ..., a]" with N elements
    python3 -c "import sys; sys.stdout.write('[' + ', '.join(['a'] * $1) + ']')"
}
command -v python3 > /dev/null || { echo "python3 needed to write the programs"; exit 77; }
# 1. A call whose frame needs more slots than the main thread's C stack holds.
{ echo 'def f(a):'; echo "    return $(literal 1050000)"; echo 'print(len(f(7)), f(7)[-1])'; } > big.py
# 2. A 120,000-element literal called near the recursion limit.
{ echo 'import sys'; echo 'def f(a):'; echo "    return $(literal 120000)"
  echo 'def down(n):'; echo '    return len(f(n)) if n == 0 else down(n - 1)'
  echo 'print(down(sys.getrecursionlimit() - 50))'; } > deep.py
# 3. The same inside a thread (whose C stack is smaller).
{ echo 'import sys, threading'; echo 'def f(a):'; echo "    return $(literal 120000)"
  echo 'def down(n):'; echo '    return len(f(n)) if n == 0 else down(n - 1)'
  echo 'out = []'
  echo 't = threading.Thread(target=lambda: out.append(down(sys.getrecursionlimit() - 100)))'
  echo 't.start(); t.join(); print(out)'; } > thread.py
# 4. A module-level list literal of 950,000 elements.
{ echo 'a = 3'; echo "x = $(literal 950000)"; echo 'print(len(x), sum(x))'; } > module.py
mv big.py deep.py thread.py module.py "$T"/
cd "$T"
for p in big deep thread module; do
    want=$(python3 "$p.py" 2>&1); wrc=$?
    got=$("$G" "$p.py" 2>&1); rc=$?
    [ $rc = $wrc ] && [ "$got" = "$want" ] || {
        echo "$p.py: gilvm exit $rc, python3 $wrc"; echo "  gilvm:   $(echo "$got" | tail -2)"
        echo "  python3: $(echo "$want" | tail -2)"; fail=1; }
done
exit $fail
