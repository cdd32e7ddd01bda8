#!/usr/bin/env bash
# --trace-sched: with perf present and permitted, the kernel's sched_switch /
# wakeup events for the VM's threads are merged into the trace JSON; with
# perf missing, one line says so and the GIL trace is still written.  Skips
# (77) with perf's reason when perf is absent or refuses.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
printf 'import time\nfor i in range(50):\n    time.sleep(0.001)\nprint("done")\n' > "$T/w.py"
PATH=/nonexistent "$GILVM" --trace="$T/a.json" --trace-sched "$T/w.py" > "$T/out" 2> "$T/err" \
    || { echo "run without perf failed"; cat "$T/err"; exit 1; }
[ "$(grep -c 'trace-sched' "$T/err")" = 1 ] || { echo "want one line about --trace-sched:"; cat "$T/err"; exit 1; }
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/a.json" || { echo "GIL trace invalid without perf"; exit 1; }
command -v perf > /dev/null || { echo "perf not installed"; exit 77; }
"$GILVM" --trace="$T/b.json" --trace-sched "$T/w.py" > "$T/out" 2> "$T/err" || { echo "run failed"; cat "$T/err"; exit 1; }
grep -q 'kernel events merged' "$T/err" || { echo "perf refused or failed here: $(cat "$T/err")"; exit 77; }
python3 - "$T/b.json" <<'PY'
import json, sys
ev = json.load(open(sys.argv[1]))["traceEvents"]
k = [e for e in ev if e.get("cat") == "sched"]
oncpu = [e for e in k if e["name"] == "on cpu"]
# A loaded VM's kernel may drop a timer wake-up's switch-in; the switch-out
# still shows, as an instant, so every sleep leaves one or the other.
outs = oncpu + [e for e in k if e["name"] == "switched out"]
assert len(outs) >= 45, f"{len(oncpu)} on-cpu slices + {len(outs) - len(oncpu)} switch-outs for 50 sleeps"
assert oncpu, "no on-cpu slice at all"
assert all(e["dur"] >= 0 for e in oncpu), "negative slice"
assert any(e["args"]["switched_out"] == "sleep" for e in outs), "no switch-out by sleep"
print("ok:", len(k), "kernel events,", len(oncpu), "on-cpu slices")
PY
