# Sourced by tests/sh/vm_sigint*.sh: send SIGINT to gilvm once the script says
# it is ready, and check what an uncaught KeyboardInterrupt must look like.
# Needs G (bin/gilvm) and fail (0/1) from the caller; works in the cwd.

# interrupt [gilvm options] SCRIPT: SIGINT once the script printed "ready" (a
# slow sanitizer build may take a while to start; a little more for the
# script to reach its blocking call); sets rc to the exit the shell sees.
interrupt() {
    local i pid
    : > out
    "$G" "$@" > out 2> err &
    pid=$!
    for i in $(seq 1 300); do grep -q ready out && break; sleep 0.1; done
    sleep 0.3
    kill -INT $pid
    for i in $(seq 1 300); do kill -0 $pid 2> /dev/null || break; sleep 0.1; done
    kill -KILL $pid 2> /dev/null
    wait $pid; rc=$?
}

# uncaught LABEL SCRIPT [gilvm options]: a traceback ending in KeyboardInterrupt,
# then death by SIGINT (exit 130).  LINE, when set, must be the source line of
# the traceback's last entry in SCRIPT (the call that was blocked; entries in
# library modules written in Python, threading's, may follow, as in CPython).
uncaught() {
    local label=$1 f=$2; shift 2
    interrupt "$@" "$f"
    [ $rc = 130 ] || { echo "$label: exit $rc, want 130 (killed by SIGINT)"; fail=1; }
    # gilvm's own notes (daemon threads abandoned at exit) may follow the traceback
    local last; last=$(grep -v '^gilvm: ' err | tail -1)
    [ "$last" = KeyboardInterrupt ] || { echo "$label: last stderr line '$last'"; cat err; fail=1; }
    head -1 err | grep -qx 'Traceback (most recent call last):' || { echo "$label: no traceback"; fail=1; }
    if [ -n "${LINE:-}" ]; then
        local src; src=$(awk -v f="  File \"$f\"" 'index($0, f) == 1 { getline; s = $0 } END { print s }' err)
        [ "$src" = "    $LINE" ] || { echo "$label: traceback's last line '$src', want '    $LINE'"; cat err; fail=1; }
    fi
}
