#!/usr/bin/env bash
# SIGINT while the main thread waits in Condition.wait(), Event.wait(),
# Semaphore.acquire() or queue.Queue.get() (with and without a timeout)
# raises KeyboardInterrupt at the wait, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > cond.py <<'PY'
import threading
c = threading.Condition()
with c:
    print("ready", flush=True)
    c.wait()
PY
cat > event.py <<'PY'
import threading
e = threading.Event()
print("ready", flush=True)
e.wait()
PY
cat > sem.py <<'PY'
import threading
s = threading.Semaphore(0)
print("ready", flush=True)
s.acquire()
PY
cat > queue_get.py <<'PY'
import queue
q = queue.Queue()
print("ready", flush=True)
q.get()
PY
sed 's/c.wait()/c.wait(1000)/' cond.py > cond_timeout.py
sed 's/e.wait()/e.wait(1000)/' event.py > event_timeout.py
sed 's/q.get()/q.get(timeout=1000)/' queue_get.py > queue_get_timeout.py
LINE="c.wait()" uncaught "blocked in Condition.wait()" cond.py
LINE="c.wait(1000)" uncaught "blocked in Condition.wait(timeout)" cond_timeout.py
LINE="e.wait()" uncaught "blocked in Event.wait()" event.py
LINE="e.wait(1000)" uncaught "blocked in Event.wait(timeout)" event_timeout.py
LINE="s.acquire()" uncaught "blocked in Semaphore.acquire()" sem.py
LINE="q.get()" uncaught "blocked in Queue.get()" queue_get.py
LINE="q.get(timeout=1000)" uncaught "blocked in Queue.get(timeout)" queue_get_timeout.py
exit $fail
