#!/usr/bin/env bash
# SIGINT while the main thread waits in socket.recv() raises KeyboardInterrupt
# at the call, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > recv.py <<'PY'
import socket
a, b = socket.socketpair()
print("ready", flush=True)
a.recv(10)
PY
LINE="a.recv(10)" uncaught "blocked in socket.recv()" recv.py
exit $fail
