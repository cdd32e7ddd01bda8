#!/usr/bin/env bash
# SIGINT while the main thread waits in socket.accept() raises KeyboardInterrupt
# at the call, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
cat > accept.py <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
s.listen(1)
print("ready", flush=True)
s.accept()
PY
LINE="s.accept()" uncaught "blocked in socket.accept()" accept.py
exit $fail
