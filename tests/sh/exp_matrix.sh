#!/usr/bin/env bash
# Matrix files: every shipped matrix parses and expands as its comment says
# (policies and primitives from gilvm --list), and a broken matrix gets one
# clear line naming the file and line, and a non-zero exit.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export GILVM=$ROOT/tests/fixtures/fake-gilvm
run() { "$ROOT/experiments/run" "$@"; }
count() { run "$1" --list --scale "${2:-quick}" | wc -l; }
expect() { [ "$2" = "$3" ] || { echo "$1: $2, want $3"; exit 1; }; }

expect beazley "$(count beazley)" 20              # (3 policy/primitive pairs + 2 emulations) x thread1 and thread2 on 1 and 2 cores
expect primitives "$(count primitives)" 60      # 4 policies x 5 primitives x (thread1 + 2 thread2)
expect convoy "$(count convoy)" 21              # (4 policies + 2 emulations) x 3 spinner counts + 3 intervals
expect scaling "$(count scaling)" 24            # (4 policies + 2 emulations) x 4 thread counts
expect namelookup "$(count namelookup)" 4
# 4 policies x 2 tasks x 2 thread counts + 4 x 5 primitives + 2 emulations x 2 x 2, then
# latency (quick and full only) under 4 policies + 2 emulations
expect ccbench "$(count ccbench)" 50
expect "ccbench tiny" "$(count ccbench tiny)" 44
run ccbench --list | grep -q -- '--gil=prio --cpus=0,1 experiments/ccbench.py 2 latency pidigits 1' \
    || { echo "ccbench: prio's latency run missing"; exit 1; }
run ccbench --list --scale full | grep -q 'ccbench.py 2 latency compress_bz2 1' \
    || { echo "ccbench: the C task's latency is missing at full scale"; exit 1; }
run primitives --list | grep -q -- '--gil=prio --lock=uring --cpus=0 experiments/thread2.py 2000000' \
    || { echo "primitives: prio/uring on one core missing"; exit 1; }
run beazley --list --scale full | grep -q 'thread1.py 100000000' || { echo "full scale is not N=10^8"; exit 1; }
run beazley --list | grep -q -- '--emulate=cpython-2.6.4 --cpus=0 experiments/thread2.py' \
    || { echo "beazley: the 2.6.4 emulation on one core missing"; exit 1; }
run namelookup --list | grep global-uncached | grep -q -- --no-global-cache || { echo "uncached lacks the flag"; exit 1; }

bad() {  # NAME EXPECTED-TEXT MATRIX-LINES...
    local name=$1 want=$2; shift 2
    printf '%s\n' "$@" > "$T/$name.matrix"
    run "$T/$name.matrix" --list > "$T/out" 2>&1 && { echo "$name: accepted"; exit 1; }
    [ "$(wc -l < "$T/out")" = 1 ] || { echo "$name: more than one line:"; cat "$T/out"; exit 1; }
    grep -q "$want" "$T/out" || { echo "$name: says '$(cat "$T/out")', want '$want'"; exit 1; }
}
bad directive "directive.matrix:2: unknown directive 'confg'" "# x" "confg a script=thread1.py"
bad var "{gil} is not a vary variable" "config a-{gil} script=thread1.py"
bad baseline "baseline nope is not a configuration" "config a script=thread1.py baseline=nope"
bad scale '\$N has no scale line' 'config a script=thread1.py args=$N'
bad key "unknown key 'core'" "config a script=thread1.py core=2"
bad scales "scales=quick,huge: unknown scale 'huge'" "config a script=thread1.py scales=quick,huge"
bad twice "configuration a defined twice" "config a script=thread1.py" "config a script=thread2.py"
bad quote "No closing quotation" 'config a script=thread1.py args="1'
bad empty "no config lines" "# nothing"
bad reps "a: reps=0 is not a positive count" "config a script=thread1.py reps=0"
run nosuch --list > "$T/out" 2>&1 && { echo "missing matrix accepted"; exit 1; }
grep -q "no matrix" "$T/out" || { echo "missing matrix: $(cat "$T/out")"; exit 1; }
exit 0
