#!/usr/bin/env bash
# Measuring threads adds no perf events of their own: a thread started under
# --csv sees as many perf_event descriptors as the main thread did (the
# process's inherited set only, as gilrun measures a peer), and --stats still
# gives every thread its row from the kernel's per-thread accounts, with
# ctx-sw = vol + invol.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
cat > fds.py <<'PY'
import os, threading
def perf_fds():
    n = 0
    for fd in os.listdir('/proc/self/fd'):
        try:
            if 'perf_event' in os.readlink('/proc/self/fd/' + fd):
                n += 1
        except OSError:
            pass
    return n
seen = []
before = perf_fds()
t = threading.Thread(target=lambda: seen.append(perf_fds()))
t.start()
t.join()
print(before, seen[0])
PY
"$G" --csv=run.csv fds.py > fds.out 2> fds.err || { echo "fds.py failed"; cat fds.err; fail=1; }
read -r main thread < fds.out
if [ "${main:-0}" = 0 ]; then
    echo "skip-check: no perf events open here ($(head -1 fds.err))"
elif [ "$main" != "$thread" ]; then
    echo "a thread saw $thread perf descriptors, the main thread $main"; fail=1
fi
cat > two.py <<'PY'
import threading
def work():
    n = 0
    while n < 200000:
        n += 1
ts = [threading.Thread(target=work, name="worker%d" % i) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
PY
"$G" --stats two.py 2> two.err || { echo "two.py failed"; cat two.err; fail=1; }
awk '
/^ +tid +thread/ { rows = 1; next }
rows && NF >= 9 && $1 ~ /^[0-9]+$/ {
    n++
    if ($(NF-3) != $(NF-2) + $(NF-1)) { print "ctx-sw " $(NF-3) " != vol " $(NF-2) " + invol " $(NF-1) ": " $0; bad = 1 }
    if ($2 ~ /^worker/ && !($(NF-7) > 0)) { print "worker with no CPU time: " $0; bad = 1 }
}
rows && NF == 0 && n { rows = 0 }
END { if (n != 3) { print "want 3 thread rows, got " n + 0; bad = 1 } exit bad }
' two.err || { cat two.err; fail=1; }
exit $fail
