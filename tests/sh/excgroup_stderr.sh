#!/usr/bin/env bash
# Uncaught exception groups, notes and what except* clauses leave: gilvm's stderr is python3's, byte for byte
# (CPython 3.11's boxes), the oracle run live on the same program in one temp folder.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY=$(command -v python3) || { echo "no python3"; exit 77; }
"$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "python3 is not 3.11"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
for prog in excgroup_uncaught excgroup_note_uncaught exceptstar_uncaught; do
    cp "$ROOT/tests/lang/$prog.py" prog.py
    "$G" prog.py > g.out 2> g.err < /dev/null; grc=$?
    "$PY" prog.py > p.out 2> p.raw < /dev/null; prc=$?
    # python3 names the main file by its absolute path, gilvm as given.
    sed "s|$T/||" p.raw > p.err
    [ $grc = $prc ] || { echo "$prog: exit $grc, python3 $prc"; fail=1; }
    cmp -s g.out p.out || { echo "$prog: stdout differs"; diff p.out g.out | head; fail=1; }
    cmp -s g.err p.err || { echo "$prog: stderr differs"; diff p.err g.err | head -20; fail=1; }
done
exit $fail
