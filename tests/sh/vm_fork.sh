#!/usr/bin/env bash
# os.fork under every GIL policy x lock primitive: tests/lang/os_fork_threads
# (fork while a thread spins; the child starts and joins new threads, which
# needs the GIL reset) prints its .out and exits 0 with each pair.  The
# measurement is the parent's: a child that ends normally (sys.exit, a
# thread of its own) adds no --csv/--json record, no --stats block and no
# --trace file of its own.  Output buffered before fork is written as
# python3 writes it: once when the child leaves by os._exit, twice when it
# exits normally (stdout a pipe, buffered; -u: once).
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
gils=$("$G" --list=gil) && locks=$("$G" --list=lock) || { echo "--list failed"; exit 1; }
fail=0 n=0
cd "$ROOT/tests/lang" || exit 1
for g in $gils; do
    for l in $locks; do
        timeout 60 "$G" --gil="$g" --lock="$l" os_fork_threads.py > "$T/out" 2> "$T/err" < /dev/null; rc=$?
        n=$((n + 1))
        if ! cmp -s os_fork_threads.out "$T/out" || [ "$rc" != 0 ]; then
            echo "os_fork_threads under --gil=$g --lock=$l: exit $rc"
            diff os_fork_threads.out "$T/out" | head -4; tail -2 "$T/err"
            fail=1
        fi
    done
done
echo "$n policy x primitive runs"

cat > "$T/child.py" <<'PY'
import os, sys, threading
print('start')
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    t = threading.Thread(target=lambda: print('child thread'))
    t.start()
    t.join()
    print('child done')
    sys.exit(3)
_, st = os.waitpid(pid, 0)
print('parent: child status', os.WEXITSTATUS(st))
PY
printf 'start\nchild thread\nchild done\nparent: child status 3\n' > "$T/want"
for g in $gils; do
    for l in $locks; do
        rm -f "$T/r.csv" "$T/r.json" "$T/t.json"
        timeout 60 "$G" --gil="$g" --lock="$l" --stats --csv="$T/r.csv" --json="$T/r.json" \
            --trace="$T/t.json" "$T/child.py" > "$T/out" 2> "$T/err" < /dev/null; rc=$?
        rows=$(($(wc -l < "$T/r.csv") - 1)) jrows=$(wc -l < "$T/r.json")
        blocks=$(grep -c '^gil  policy' "$T/err")
        if [ "$rc" != 0 ] || ! cmp -s "$T/want" "$T/out" || [ "$rows" != 1 ] || [ "$jrows" != 1 ] ||
           [ "$blocks" != 1 ]; then
            echo "--csv with a forked child, --gil=$g --lock=$l: exit $rc, $rows CSV rows, $jrows JSON, $blocks --stats blocks"
            diff "$T/want" "$T/out" | head -4
            fail=1
        fi
        python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$T/t.json" ||
            { echo "--trace file not the parent's whole JSON (--gil=$g --lock=$l)"; fail=1; }
    done
done

# Buffered output and fork, against python3 when it is here.
if command -v python3 > /dev/null; then
    for how in "os._exit(0)" "sys.exit(0)"; do
        printf 'import os, sys\nprint("before fork")\npid = os.fork()\nif pid == 0:\n    print("child")\n    %s\nos.waitpid(pid, 0)\nprint("parent")\n' \
            "$how" > "$T/buf.py"
        for u in "" "-u"; do
            env -u PYTHONUNBUFFERED python3 $u "$T/buf.py" > "$T/want" 2> /dev/null
            env -u PYTHONUNBUFFERED "$G" $u "$T/buf.py" > "$T/out" 2> "$T/err"
            cmp -s "$T/want" "$T/out" || { echo "buffered output with $how $u differs from python3:"; diff "$T/want" "$T/out"; fail=1; }
        done
    done
fi
exit $fail
