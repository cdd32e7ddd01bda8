#!/usr/bin/env bash
# What a script printed survives the way its run ends: -u and
# PYTHONUNBUFFERED write through (even SIGKILL loses nothing), and without
# them --timeout, SIGTERM (then death by SIGTERM, 143) and an uncaught
# KeyboardInterrupt (130) flush stdio's buffer first.  SIGKILL without -u
# loses it: the default stays buffered, as python3's.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
printf 'import sys, time\nprint("ready")\nprint("started", file=sys.stderr)\ntime.sleep(1000)\n' > sleeper.py
# stop LABEL SIGNAL WANT_RC WANT_STDOUT CMD...: run CMD (stdout to a file, so
# buffered) until the script is running, send SIGNAL, check what is left.
stop() {
    local label=$1 sig=$2 want_rc=$3 want=$4 i pid; shift 4
    "$@" > out 2> err &
    pid=$!
    for i in $(seq 1 300); do grep -q started err 2> /dev/null && break; sleep 0.1; done
    sleep 0.2
    kill -$sig $pid
    wait $pid; rc=$?
    [ $rc = $want_rc ] || { echo "$label: exit $rc, want $want_rc"; cat err; fail=1; }
    [ "$(cat out)" = "$want" ] || { echo "$label: stdout '$(cat out)', want '$want'"; fail=1; }
}
stop "-u, SIGKILL" KILL 137 ready env -u PYTHONUNBUFFERED "$G" -u sleeper.py
stop "PYTHONUNBUFFERED=1, SIGKILL" KILL 137 ready env PYTHONUNBUFFERED=1 "$G" sleeper.py
stop "buffered, SIGKILL" KILL 137 "" env -u PYTHONUNBUFFERED "$G" sleeper.py
stop "buffered, SIGTERM" TERM 143 ready env -u PYTHONUNBUFFERED "$G" sleeper.py
stop "buffered, SIGINT" INT 130 ready env -u PYTHONUNBUFFERED "$G" sleeper.py
env -u PYTHONUNBUFFERED "$G" --timeout=1 sleeper.py > out 2> err; rc=$?
[ $rc = 124 ] || { echo "buffered, --timeout: exit $rc, want 124"; cat err; fail=1; }
[ "$(cat out)" = ready ] || { echo "buffered, --timeout: stdout '$(cat out)', want 'ready'"; fail=1; }
# -u is an option of gilvm's, not the script's.
env -u PYTHONUNBUFFERED "$G" -u -c 'import sys; print(sys.argv[1:])' -u > out 2> err
[ "$(cat out)" = "['-u']" ] || { echo "-u -c ... -u: '$(cat out)'"; cat err; fail=1; }
exit $fail
