#!/usr/bin/env bash
# SIGINT while gilvm waits at exit for a non-daemon thread ends the wait as it
# ends python3's: "Exception ignored in: <module 'threading' ...>", the
# KeyboardInterrupt, then the exit status the script had (0), at once.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > exitwait.py <<'PY'
import threading, time
threading.Thread(target=time.sleep, args=(1000,)).start()
print("ready", flush=True)
PY
start=$(date +%s)
interrupt exitwait.py
[ $rc = 0 ] || { echo "exit wait: exit $rc, want 0 (python3's)"; cat err; fail=1; }
[ $(( $(date +%s) - start )) -lt 25 ] || { echo "exit wait: did not end at the SIGINT"; fail=1; }
head -1 err | grep -q "^Exception ignored in: <module 'threading'" \
    || { echo "exit wait: first stderr line '$(head -1 err)'"; cat err; fail=1; }
last=$(grep -v '^gilvm: ' err | tail -1)
case $last in KeyboardInterrupt*) ;; *) echo "exit wait: last stderr line '$last'"; fail=1 ;; esac
exit $fail
