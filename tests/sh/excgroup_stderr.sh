#!/usr/bin/env bash
# An uncaught exception group and notes: gilvm's stderr is python3's, byte for byte
# (CPython 3.11's boxes), the oracle run live on the same program in one temp folder.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY=$(command -v python3) || { echo "no python3"; exit 77; }
"$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "python3 is not 3.11"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cp "$ROOT/tests/lang/excgroup_uncaught.py" "$T/prog.py"
cd "$T"
"$G" prog.py > g.out 2> g.err < /dev/null; grc=$?
"$PY" prog.py > p.out 2> p.raw < /dev/null; prc=$?
# python3 names the main file by its absolute path, gilvm as given.
sed "s|$T/||" p.raw > p.err
fail=0
[ $grc = $prc ] || { echo "exit $grc, python3 $prc"; fail=1; }
cmp -s g.out p.out || { echo "stdout differs"; diff p.out g.out | head; fail=1; }
cmp -s g.err p.err || { echo "stderr differs"; diff p.err g.err | head -20; fail=1; }
exit $fail
