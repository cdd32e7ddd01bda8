#!/usr/bin/env bash
# -E: gilvm ignores the PYTHON* environment variables, as python3 -E does:
# PYTHONPATH adds nothing to sys.path, PYTHONUNBUFFERED leaves stdout
# buffered (SIGKILL then loses what was printed, while -u still writes
# through), and sys.flags.ignore_environment says 1.  -E before the script
# is gilvm's; after it, the script's.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
mkdir pp
echo 'X = 1' > pp/gilkit_env_probe.py
check() {  # LABEL WANT GOT
    [ "$2" = "$3" ] || { echo "$1: got '$3', want '$2'"; fail=1; }
}
probe='import sys
try:
    import gilkit_env_probe
    print("imported", sys.flags.ignore_environment)
except ImportError:
    print("not found", sys.flags.ignore_environment)'
check "PYTHONPATH" "imported 0" "$(PYTHONPATH=$T/pp "$G" -c "$probe" 2>&1)"
check "-E, PYTHONPATH" "not found 1" "$(PYTHONPATH=$T/pp "$G" -E -c "$probe" 2>&1)"
check "-E after the script" "['-E']" "$("$G" -c 'import sys; print(sys.argv[1:])' -E 2>&1)"

printf 'import sys, time\nprint("ready")\nprint("started", file=sys.stderr)\ntime.sleep(1000)\n' > sleeper.py
killed_output() {  # CMD...: stdout of CMD killed by SIGKILL once it runs
    local i pid
    "$@" > out 2> err &
    pid=$!
    for i in $(seq 1 300); do grep -q started err 2> /dev/null && break; sleep 0.1; done
    sleep 0.2
    kill -KILL $pid
    wait $pid 2> /dev/null
    cat out
}
check "PYTHONUNBUFFERED=1, SIGKILL" ready "$(killed_output env PYTHONUNBUFFERED=1 "$G" sleeper.py)"
check "-E, PYTHONUNBUFFERED=1, SIGKILL" "" "$(killed_output env PYTHONUNBUFFERED=1 "$G" -E sleeper.py)"
check "-E -u, SIGKILL" ready "$(killed_output env PYTHONUNBUFFERED=1 "$G" -E -u sleeper.py)"
"$G" --help | grep -q -e '^ *-E ' || { echo "--help does not list -E"; fail=1; }
exit $fail
