#!/usr/bin/env bash
# SIGINT while the main thread waits in Lock.acquire() or RLock.acquire()
# (held by another thread; with and without a timeout) raises KeyboardInterrupt
# at the acquire, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > lock.py <<'PY'
import threading, time
lock = threading.Lock()
lock.acquire()
print("ready", flush=True)
lock.acquire()
PY
sed 's/^lock.acquire()$/lock.acquire(timeout=1000)/; 3s/.*/lock.acquire()/' lock.py > lock_timeout.py
cat > rlock.py <<'PY'
import threading, time
lock = threading.RLock()
def hold():
    with lock:
        time.sleep(1000)
threading.Thread(target=hold, daemon=True).start()
time.sleep(0.1)
print("ready", flush=True)
lock.acquire()
PY
LINE="lock.acquire()" uncaught "blocked in Lock.acquire()" lock.py
LINE="lock.acquire(timeout=1000)" uncaught "blocked in Lock.acquire(timeout)" lock_timeout.py
LINE="lock.acquire()" uncaught "blocked in RLock.acquire()" rlock.py
exit $fail
