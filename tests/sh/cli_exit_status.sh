#!/usr/bin/env bash
# Exit statuses: normal end 0, sys.exit(n) n, sys.exit('msg') 1 with msg on stderr,
# uncaught exception 1 with a traceback, SyntaxError 1 with file, line and caret.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
status() {  # WANT FILE CONTENT : write FILE, run it, compare the exit status
    printf '%s\n' "$3" > "$2"
    "$G" "$2" > out 2> err < /dev/null; local rc=$?
    [ $rc = "$1" ] || { echo "$2: exit $rc, want $1"; sed 's/^/    /' err; fail=1; }
}
status 0 normal.py 'x = 1'
status 0 exit0.py 'import sys
sys.exit(0)'
status 0 exitnone.py 'import sys
sys.exit()'
status 3 exit3.py 'import sys
sys.exit(3)'
status 42 exit42.py 'import sys
def f():
    sys.exit(42)
f()'
status 1 exitmsg.py 'import sys
sys.exit("fatal problem")'
[ "$(cat err)" = "fatal problem" ] || { echo "sys.exit(msg): stderr '$(cat err)', want 'fatal problem'"; fail=1; }
status 1 uncaught.py 'def f():
    return 1 / 0
f()'
[ "$(head -1 err)" = "Traceback (most recent call last):" ] || { echo "uncaught: no Traceback header"; cat err; fail=1; }
grep -qx '  File "uncaught.py", line 3, in <module>' err || { echo "uncaught: no module frame line"; cat err; fail=1; }
grep -qx '  File "uncaught.py", line 2, in f' err || { echo "uncaught: no frame line for f"; cat err; fail=1; }
grep -qx '    return 1 / 0' err || { echo "uncaught: source line missing"; cat err; fail=1; }
[ "$(tail -1 err)" = "ZeroDivisionError: division by zero" ] || { echo "uncaught: last line '$(tail -1 err)'"; fail=1; }
status 1 syntax.py 'print("fine")
y = (1 +)'
[ -s out ] && { echo "syntax error: the program ran: $(cat out)"; fail=1; }
grep -qx '  File "syntax.py", line 2' err || { echo "syntax error: no file/line"; cat err; fail=1; }
grep -qx '    y = (1 +)' err || { echo "syntax error: offending line missing"; cat err; fail=1; }
grep -qx '            ^' err || { echo "syntax error: caret not under ')'"; cat err; fail=1; }
[ "$(tail -1 err)" = "SyntaxError: invalid syntax" ] || { echo "syntax error: last line '$(tail -1 err)'"; fail=1; }
status 1 keyerror.py 'class A:
    pass
raise KeyError("k")'
[ "$(tail -1 err)" = "KeyError: 'k'" ] || { echo "KeyError: last line '$(tail -1 err)'"; fail=1; }
# Tracebacks name the script as it was given on the command line.
mkdir -p sub
printf 'def f():\n    raise ValueError("in sub")\nf()\n' > sub/deep.py
"$G" sub/deep.py > out 2> err; rc=$?
[ $rc = 1 ] || { echo "sub/deep.py: exit $rc"; fail=1; }
grep -qx '  File "sub/deep.py", line 3, in <module>' err || { echo "sub/deep.py: frame line does not name the path as given:"; cat err; fail=1; }
grep -qx '    raise ValueError("in sub")' err || { echo "sub/deep.py: source line missing"; cat err; fail=1; }
exit $fail
