#!/usr/bin/env bash
# SIGINT while the main thread waits in os.read() raises KeyboardInterrupt at
# the call, as CPython does: traceback, exit 130.
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
exit $fail
