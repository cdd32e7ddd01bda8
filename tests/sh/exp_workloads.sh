#!/usr/bin/env bash
# The workloads are Python: python3 runs each (small sizes) and prints the
# metrics its matrix keeps, as numbers; gilvm, once it runs, prints the same
# metric names.  Bad arguments: a usage line and exit 2 under both.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
GILVM=${GILVM:-$ROOT/bin/gilvm}
case $GILVM in /*) ;; *) GILVM=$ROOT/$GILVM ;; esac
command -v python3 > /dev/null || { echo "python3 missing"; exit 77; }
cd "$ROOT/experiments" || exit 1
interps=(python3)
"$GILVM" --version > /dev/null 2>&1 && interps+=("$GILVM")
names() { sed -n 's/^metric \([a-z0-9_]*\) [-0-9.e+]*$/\1/p' "$1" | sort | tr '\n' ' '; }
check() {  # WANT-NAMES SCRIPT ARGS...
    local want=$1 i; shift
    for i in "${interps[@]}"; do
        timeout 60 "$i" "$@" > "$T/out" 2> "$T/err" || { echo "$(basename "$i") $*: exit $?"; tail -3 "$T/err"; exit 1; }
        [ "$(names "$T/out")" = "$want" ] || { echo "$(basename "$i") $*: metrics '$(names "$T/out")', want '$want'"; cat "$T/out"; exit 1; }
        [ "$(grep -vc '^metric ' "$T/out")" = 0 ] || { echo "$(basename "$i") $*: other output"; cat "$T/out"; exit 1; }
    done
}
check "loop_s " thread1.py 20000
check "loop_s " thread2.py 20000
check "k loop_s " threadk.py 4 40000
check "cpu_threads interval_s p50_us p99_us req_per_s requests spin_iter_per_s " convoy.py 0.02 1
check "cpu_threads interval_s p50_us p99_us req_per_s requests spin_iter_per_s " convoy.py 0.02 0 0.001
for v in global local shadowed; do check "ns_empty_iter ns_per_call ns_per_iter " namelookup.py $v 20000; done
for i in "${interps[@]}"; do
    "$i" namelookup.py nonsense 10 > "$T/out" 2>&1; rc=$?
    [ $rc = 2 ] && grep -q usage "$T/out" || { echo "$(basename "$i") namelookup.py nonsense: exit $rc"; exit 1; }
    "$i" convoy.py > "$T/out" 2>&1; rc=$?
    [ $rc = 2 ] && grep -q usage "$T/out" || { echo "$(basename "$i") convoy.py: exit $rc"; exit 1; }
done
# The matrices' own metrics lines name what the workloads print.
grep -q '^metrics req_per_s requests p50_us p99_us spin_iter_per_s cpu_threads interval_s$' convoy.matrix || { echo "convoy.matrix metrics"; exit 1; }
echo "checked with: ${interps[*]##*/}"
