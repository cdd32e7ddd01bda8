#!/usr/bin/env bash
# --stats is printed however the program ends (uncaught exception, sys.exit,
# SystemExit with a message), after the traceback, with 0 objects live at exit
# and the program's own exit status kept.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
live() { awk 'index(tolower($0), "live at exit") { line = $0; gsub(/,/, "", line); if (match(line, /[0-9]+/)) { print substr(line, RSTART, RLENGTH); exit } }' "$1"; }
run() {  # NAME WANT_RC PROGRAM
    printf '%s\n' "$3" > "$1.py"
    "$G" --stats "$1.py" > "$1.out" 2> "$1.err"; local rc=$?
    [ $rc = "$2" ] || { echo "$1: exit $rc, want $2"; fail=1; }
    local l; l=$(live "$1.err")
    [ "$l" = 0 ] || { echo "$1: live at exit '${l:-missing}', want 0"; cat "$1.err"; fail=1; }
}
run uncaught 1 'class A:
    pass
keep = [A() for i in range(100)]
def f():
    raise ValueError("boom")
f()'
grep -q '^ValueError: boom$' uncaught.err || { echo "uncaught: no traceback"; fail=1; }
tb=$(grep -n '^ValueError: boom$' uncaught.err | cut -d: -f1); st=$(grep -n -i 'live at exit' uncaught.err | cut -d: -f1)
[ -n "$tb" ] && [ -n "$st" ] && [ "$tb" -lt "$st" ] || { echo "uncaught: stats not after the traceback"; fail=1; }
run exit4 4 'import sys
x = [[1], [2]]
sys.exit(4)'
run exitmsg 1 'import sys
d = {"k": [1]}
sys.exit("bye")'
grep -qx bye exitmsg.err || { echo "exitmsg: message missing"; fail=1; }
run recursion 1 'def f(n):
    return f(n + 1)
f(0)'
exit $fail
