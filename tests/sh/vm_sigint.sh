#!/usr/bin/env bash
# SIGINT becomes KeyboardInterrupt at the next instruction boundary: catchable,
# and when uncaught a traceback ending in "KeyboardInterrupt" and a failing exit.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > caught.py <<'PY'
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("interrupted", n > 0)
print("cleanup after interrupt")
PY
timeout -k 5 -s INT --preserve-status 2 "$G" caught.py > out 2> err; rc=$?
[ $rc = 0 ] || { echo "caught KeyboardInterrupt: exit $rc, want 0"; cat err; fail=1; }
[ "$(cat out)" = "interrupted True
cleanup after interrupt" ] || { echo "caught: stdout '$(cat out)'"; fail=1; }
printf 'while True:\n    pass\n' > uncaught.py
timeout -k 5 -s INT --preserve-status 2 "$G" uncaught.py > out 2> err; rc=$?
case $rc in
    1|130) ;;   # 3.8 re-raises SIGINT after the traceback (130); exit 1 is also accepted
    *) echo "uncaught KeyboardInterrupt: exit $rc, want 1 or 130"; fail=1 ;;
esac
[ "$(tail -1 err)" = KeyboardInterrupt ] || { echo "uncaught: last stderr line '$(tail -1 err)'"; cat err; fail=1; }
head -1 err | grep -qx 'Traceback (most recent call last):' || { echo "uncaught: no traceback"; fail=1; }
exit $fail
