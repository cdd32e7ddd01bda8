#!/usr/bin/env bash
# A multiprocessing child runs with the parent's VM options (sys._gilvm_args)
# but not with its measuring and tracing ones: sys._gilvm_parent_env names
# the variables of those options, read from gilvm's option tables, and the
# child's environment lacks them, so a child never writes over the parent's
# GILVM_TRACE timeline.  Under both start methods: a forked child drops them
# from its inherited environment, a spawned one never gets them.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
cat > p.py <<'PY'
import os, sys
from multiprocessing import Process, Queue, set_start_method

def child(q):
    given = ("GILVM_TRACE", "GILVM_EVENTS", "GILVM_GIL", "GILVM_TAG")
    q.put(sorted(k for k in os.environ if k in given))

if __name__ == "__main__":
    set_start_method(sys.argv[1])
    names = sys._gilvm_parent_env
    assert "GILVM_TRACE" in names and "GILVM_EVENTS" in names, names
    assert "GILVM_GIL" not in names, names
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    print(" ".join(q.get()))
    p.join()
    print("exit", p.exitcode)
PY
printf 'GILVM_GIL GILVM_TAG\nexit 0\n' > want
for method in fork spawn; do
    GILVM_TRACE="$T/t.json" GILVM_EVENTS=task-clock GILVM_GIL=py26 GILVM_TAG=x "$G" p.py $method > out 2> err \
        || { echo "$method: run failed"; cat err; exit 1; }
    diff want out || { echo "$method: the child's GILVM_ variables differ (want the VM's, not the trace's)"; cat err; exit 1; }
    python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$T/t.json" \
        || { echo "$method: the parent's trace is not valid JSON"; exit 1; }
done
