#!/usr/bin/env bash
# CPython's Tools/ccbench runs unchanged under gilvm: its own command line
# (optparse, platform), and through experiments/ccbench.py (which imports it
# and calls its test functions with shorter durations) its Python and C
# throughput tasks under every policy, and one latency run (a second gilvm,
# spawned by ccbench as `sys.executable -E ccbench.py --latclient`, pings it
# over UDP).  Skips (77) when no ccbench.py is installed.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
W=$ROOT/experiments/ccbench.py
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cc=$("$G" "$W" --where)
[ -n "$cc" ] || { echo "no ccbench.py (Debian's python3.11-examples); ccbench not tested"; exit 77; }
fail=0
bad() { echo "$*"; fail=1; }

"$G" "$cc" --help > "$T/help" 2>&1 || bad "ccbench.py --help: exit $?: $(tail -1 "$T/help")"
grep -q -- "--throughput" "$T/help" || bad "ccbench.py --help does not list --throughput"

positive() {  # FILE METRIC
    awk -v m="$2" '$1 == "metric" && $2 == m && $3 > 0 { ok = 1 } END { exit !ok }' "$1"
}
for gil in $("$G" --list=gil); do
    for task in pidigits compress_bz2; do
        "$G" --gil="$gil" "$W" 0.05 throughput "$task" 2 > "$T/out" 2>&1 \
            || { bad "$gil $task: exit $?: $(tail -1 "$T/out")"; continue; }
        positive "$T/out" iter_per_s || bad "$gil $task: no iterations: $(cat "$T/out")"
    done
done
"$G" --gil=prio "$W" 2 latency pidigits 1 > "$T/lat" 2>&1 || bad "latency: exit $?: $(tail -1 "$T/lat")"
positive "$T/lat" lat_avg_ms || bad "latency: no mean: $(cat "$T/lat")"
grep -q "^metric pings 200$" "$T/lat" || bad "latency: want 200 pings (2 s at 10 ms): $(grep pings "$T/lat")"
"$G" "$W" 1 throughput nosuch 1 > "$T/err" 2>&1
[ $? = 2 ] && grep -q "no task 'nosuch'" "$T/err" || bad "an unknown task: $(cat "$T/err")"
exit $fail
