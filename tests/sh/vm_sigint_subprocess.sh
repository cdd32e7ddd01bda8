#!/usr/bin/env bash
# SIGINT while the main thread waits for a child process raises
# KeyboardInterrupt at the call, as CPython does (traceback, exit 130):
# Popen.wait (waitpid) and run's communicate (poll over the pipes), both
# with the GIL released.  run() then kills its child, as CPython's does.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d)
cd "$T"
trap 'for f in "$T"/*.pid; do [ -f "$f" ] && kill -KILL "$(cat "$f")" 2> /dev/null; done; rm -rf "$T"' EXIT
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > wait.py <<'PY'
import subprocess
p = subprocess.Popen(['sleep', '60'])
with open('wait.pid', 'w') as f:
    f.write(str(p.pid))
print("ready", flush=True)
p.wait()
PY
uncaught "blocked in Popen.wait()" wait.py
cat > run.py <<'PY'
import subprocess
print("ready", flush=True)
subprocess.run(['sh', '-c', 'echo $$ > run.pid; exec sleep 60'], capture_output=True)
PY
LINE="subprocess.run(['sh', '-c', 'echo \$\$ > run.pid; exec sleep 60'], capture_output=True)" \
    uncaught "blocked in run()'s communicate" run.py
grep -q 'in communicate' err || { echo "run: the traceback does not pass through communicate"; cat err; fail=1; }
if [ -f run.pid ] && kill -0 "$(cat run.pid)" 2> /dev/null; then
    sleep 0.5   # the kill is sent; let the child go
    kill -0 "$(cat run.pid)" 2> /dev/null && { echo "run: the child still runs after the interrupt"; fail=1; }
fi
[ -f run.pid ] || { echo "run: the child never started"; fail=1; }
exit $fail
