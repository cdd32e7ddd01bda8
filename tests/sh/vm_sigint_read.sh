#!/usr/bin/env bash
# SIGINT while the main thread waits in os.read() (an empty pipe) or
# os.write() (a full one) raises KeyboardInterrupt at the call, as CPython
# does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > read.py <<'PY'
import os
r, w = os.pipe()
print("ready", flush=True)
os.read(r, 1)
PY
LINE="os.read(r, 1)" uncaught "blocked in os.read()" read.py
cat > write.py <<'PY'
import os
r, w = os.pipe()
os.write(w, b"x" * 65536)
print("ready", flush=True)
os.write(w, b"y")
PY
LINE='os.write(w, b"y")' uncaught "blocked in os.write()" write.py
exit $fail
