#!/usr/bin/env bash
# SIGINT while the main thread waits under a socket timeout (the poll before
# recv), in select.select, in poll.poll, in epoll.poll, or in a makefile() readline raises
# KeyboardInterrupt at the call, as CPython does: traceback, exit 130.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
. "$ROOT/tests/sh/lib/interrupt.sh"
wait_in() {   # wait_in NAME CALL: a script that blocks in CALL on socket a
    cat > "$1.py" <<PY
import select
import socket
a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
e = select.epoll()
e.register(a, select.EPOLLIN)
print("ready", flush=True)
$2
PY
    LINE="$2" uncaught "blocked in $1" "$1.py"
}
wait_in timeout 'a.settimeout(60); a.recv(10)'
wait_in select 'select.select([a], [], [], 60)'
wait_in poll 'p.poll(60000)'
wait_in epoll 'e.poll(60)'
wait_in readline 'a.makefile("rb").readline()'
exit $fail
