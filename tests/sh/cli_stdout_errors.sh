#!/usr/bin/env bash
# stdout that cannot be written is an error, as in python3 (the oracle, run
# alongside): buffered output to /dev/full fails at the flush at exit
# ("Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>", exit
# 120); unbuffered (PYTHONUNBUFFERED) it fails at the print (traceback,
# exit 1); a reader gone (| head -1) is BrokenPipeError at the print, exit 1,
# never death by SIGPIPE (141).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
[ -w /dev/full ] || { echo "no /dev/full here"; exit 77; }
printf 'print("hi")\n' > hi.py
printf 'for i in range(100000):\n    print(i)\n' > many.py
printf 'import sys\nsys.stdout.write("x")\nsys.stdout.flush()\n' > flush.py
# check LABEL WANT_RC WANT_LAST_LINE: rc and err from the run just made
check() {
    [ "$rc" = "$2" ] || { echo "$1: exit $rc, want $2"; cat err; fail=1; }
    [ "$(tail -1 err)" = "$3" ] || { echo "$1: last stderr line '$(tail -1 err)', want '$3'"; cat err; fail=1; }
}
ENOSPC="OSError: [Errno 28] No space left on device"
for who in "$G" python3; do
    command -v "$who" > /dev/null || continue
    env -u PYTHONUNBUFFERED "$who" hi.py > /dev/full 2> err; rc=$?
    check "$who buffered > /dev/full" 120 "$ENOSPC"
    [ "$(head -1 err)" = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" ] \
        || { echo "$who buffered > /dev/full: first line '$(head -1 err)'"; fail=1; }
    PYTHONUNBUFFERED=1 "$who" hi.py > /dev/full 2> err; rc=$?
    check "$who unbuffered > /dev/full" 1 "$ENOSPC"
    grep -qx '    print("hi")' err || { echo "$who unbuffered > /dev/full: no traceback at the print"; cat err; fail=1; }
    env -u PYTHONUNBUFFERED "$who" flush.py > /dev/full 2> err; rc=$?
    check "$who sys.stdout.flush() > /dev/full" 120 "$ENOSPC"
    for u in "env -u PYTHONUNBUFFERED" "env PYTHONUNBUFFERED=1"; do
        $u "$who" many.py 2> err | head -1 > /dev/null; rc=${PIPESTATUS[0]}
        check "$who ($u) | head -1" 1 "BrokenPipeError: [Errno 32] Broken pipe"
        [ "$(grep -c . err)" -le 4 ] || { echo "$who ($u) | head -1: more than one report"; cat err; fail=1; }
    done
done
exit $fail
