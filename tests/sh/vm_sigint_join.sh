#!/usr/bin/env bash
# SIGINT while the main thread waits in Thread.join() (with and without a
# timeout) raises KeyboardInterrupt at the join, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > join.py <<'PY'
import threading, time
t = threading.Thread(target=time.sleep, args=(1000,), daemon=True)
t.start()
print("ready", flush=True)
t.join()
PY
sed 's/t.join()/t.join(1000)/' join.py > join_timeout.py
LINE="t.join()" uncaught "blocked in Thread.join()" join.py
LINE="t.join(1000)" uncaught "blocked in Thread.join(timeout)" join_timeout.py
exit $fail
