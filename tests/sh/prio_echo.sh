#!/usr/bin/env bash
# --gil=prio: an echo client and server beside a spinning thread never wait
# a whole switch interval for the GIL.  The interval is set to 1 s, so a
# round trip that waited one (the convoy: an I/O thread queued behind the
# spinner) stands out from any scheduling noise; the spinner must still run.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/echo.py" <<'PY'
import socket, sys, threading, time
sys.setswitchinterval(1.0)
n = 300
stop = [False]
spun = [0]
worst = [0.0]
def serve(s):
    for i in range(n):
        s.sendall(s.recv(1))
def spin():
    k = 0
    while not stop[0]:
        k += 1
    spun[0] = k
def ask(s):
    for i in range(n):
        t0 = time.perf_counter()
        s.sendall(b"x")
        s.recv(1)
        worst[0] = max(worst[0], time.perf_counter() - t0)
a, b = socket.socketpair()
ts = [threading.Thread(target=serve, args=(a,)), threading.Thread(target=spin)]
for t in ts:
    t.start()
c = threading.Thread(target=ask, args=(b,))
c.start()
c.join()
stop[0] = True
for t in ts:
    t.join()
print("slowest round trip under half the interval:", worst[0] < 0.5)
print("spinner ran:", spun[0] > 0)
PY
fail=0
for l in $("$G" --list=lock); do
    out=$(timeout 120 "$G" --gil=prio --lock="$l" "$T/echo.py" 2>&1); rc=$?
    [ $rc = 2 ] && case $out in *unusable*) continue;; esac
    want=$'slowest round trip under half the interval: True\nspinner ran: True'
    if [ $rc != 0 ] || [ "$out" != "$want" ]; then
        echo "--lock=$l: exit $rc"; echo "$out" | head -5; fail=1
    fi
done
exit $fail
