#!/usr/bin/env bash
# gilvm -m dis FILE: CPython 3.8's listing, nested code objects after a
# "Disassembly of <code object ...>:" header; the program itself does not run.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
printf 'def f(n):\n    return n + 1\n\nprint(f(1))\n' > d.py
cat > want <<'LISTING'
  1           0 LOAD_CONST               0 (<code object f at 0x…, file "d.py", line 1>)
              2 LOAD_CONST               1 ('f')
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)

  4           8 LOAD_NAME                1 (print)
             10 LOAD_NAME                0 (f)
             12 LOAD_CONST               2 (1)
             14 CALL_FUNCTION            1
             16 CALL_FUNCTION            1
             18 POP_TOP
             20 LOAD_CONST               3 (None)
             22 RETURN_VALUE

Disassembly of <code object f at 0x…, file "d.py", line 1>:
  2           0 LOAD_FAST                0 (n)
              2 LOAD_CONST               1 (1)
              4 BINARY_ADD
              6 RETURN_VALUE
LISTING
"$G" -m dis d.py > raw 2> err; rc=$?
[ $rc = 0 ] || { echo "-m dis exit $rc"; cat err; exit 1; }
sed -E 's/ at 0x[0-9a-f]+/ at 0x…/' raw > got
if ! diff -u want got; then echo "listing differs (addresses masked)"; exit 1; fi
grep -qx 2 raw && { echo "-m dis ran the program"; exit 1; }
grep -q '^Disassembly of <code object f at 0x[0-9a-f]\+, file "d.py", line 1>:$' raw || { echo "no real address in the header"; exit 1; }
exit 0
