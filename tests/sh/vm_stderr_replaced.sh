#!/usr/bin/env bash
# A program that replaces sys.stderr gets the reports that CPython writes
# through sys.stderr there, not on the process's stderr: the traceback of an
# uncaught exception (into a file it opened, exit 1) and a thread's (into a
# StringIO it reads back).  python3 runs alongside as the oracle.  A
# replacement without a working write() loses nothing under gilvm: the
# report goes to the process's stderr (python3 says only "lost sys.stderr").
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
cat > uncaught.py <<'PY'
import sys
sys.stderr = open("report.txt", "w")
print("before")
def inner():
    raise KeyError("missing")
inner()
PY
cat > thread.py <<'PY'
import io, sys, threading
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
sys.stderr = sys.__stderr__
text = buf.getvalue()
print("ZeroDivisionError: division by zero" in text, text.startswith("Exception in thread"))
PY
cat > broken.py <<'PY'
import sys
class NoWrite:
    pass
sys.stderr = NoWrite()
raise ValueError("still reported")
PY
for py in "$G" python3; do
    rm -f report.txt
    "$py" uncaught.py > out 2> err; rc=$?
    [ $rc = 1 ] && [ "$(cat out)" = before ] && [ ! -s err ] \
        || { echo "$py uncaught.py: exit $rc, stdout/stderr:"; cat out err; exit 1; }
    tail -1 report.txt | grep -qx "KeyError: 'missing'" && grep -q 'line 6, in <module>' report.txt \
        || { echo "$py: report.txt holds:"; cat report.txt; exit 1; }
    [ "$("$py" thread.py 2> err)" = "True True" ] && [ ! -s err ] \
        || { echo "$py thread.py: the thread's report went elsewhere:"; cat err; exit 1; }
done
"$G" broken.py > out 2> err; rc=$?
[ $rc = 1 ] && grep -q "ValueError: still reported" err || { echo "broken.py: exit $rc, stderr:"; cat err; exit 1; }
exit 0
