#!/usr/bin/env bash
# --emulate selects the documented policy, primitive and pacing together and
# every record says so (emulate, pace_work_per_instruction, pace_source, gil_ticks);
# --calibration and --pace override the built-in figure, --gil/--lock the
# choice; without them the raw VM runs unpaced.  Pacing spends CPU: a paced
# loop burns CPU for the work its instructions were charged.  Bad values exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/loop.py" <<'PY'
import sys
def count(n):
    while n > 0:
        n -= 1
count(int(sys.argv[1]))
PY
fail=0
field() {  # CSV COLUMN: the last row's value
    python3 -c "import csv,sys; print(list(csv.DictReader(open(sys.argv[1])))[-1][sys.argv[2]])" "$1" "$2"
}
expect() {  # WHAT GOT WANT
    [ "$2" = "$3" ] || { echo "$1: got '$2', want '$3'"; fail=1; }
}
run() {  # NAME ARGS...: one run into $T/NAME.csv
    local name=$1; shift
    "$G" "$@" --csv="$T/$name.csv" "$T/loop.py" 1000 > /dev/null 2>&1 || { echo "$name: exit $?"; fail=1; }
}

run e26 --emulate=cpython-2.6.4
expect "2.6.4 gil" "$(field "$T/e26.csv" gil)" py26
expect "2.6.4 lock" "$(field "$T/e26.csv" lock)" sem
expect "2.6.4 emulate" "$(field "$T/e26.csv" emulate)" cpython-2.6.4
case $(field "$T/e26.csv" pace_source) in built-in:*) ;; *) echo "2.6.4 source: $(field "$T/e26.csv" pace_source)"; fail=1;; esac
run e32 --emulate=cpython-3.2
expect "3.2 gil" "$(field "$T/e32.csv" gil)" py32
expect "3.2 lock" "$(field "$T/e32.csv" lock)" condvar
python3 -c "import sys; sys.exit(not float(sys.argv[1]) > 0)" "$(field "$T/e32.csv" pace_work_per_instruction)" \
    || { echo "3.2 pace not positive"; fail=1; }

printf '# comment\ncpython-3.2,12.5,peer python3.2 measured here\n' > "$T/calibration"
run cal --emulate=cpython-3.2 --calibration="$T/calibration"
expect "calibrated pace" "$(field "$T/cal.csv" pace_work_per_instruction)" 12.5000
expect "calibrated source" "$(field "$T/cal.csv" pace_source)" "$T/calibration: peer python3.2 measured here"
run over --gil=fifo --emulate=cpython-2.6.4 --pace=3
expect "explicit gil wins" "$(field "$T/over.csv" gil)" fifo
expect "emulated lock kept" "$(field "$T/over.csv" lock)" sem
expect "explicit pace" "$(field "$T/over.csv" pace_source)" --pace

run raw --gil=py26 --lock=sem
for c in emulate pace_work_per_instruction pace_source gil_ticks; do
    expect "raw $c" "$(field "$T/raw.csv" "$c")" ""
done
# 1000 iterations x 2 ticks, where CPython's check would pass: INPLACE_SUBTRACT
# and JUMP_ABSOLUTE (COMPARE_OP predicts POP_JUMP_IF_FALSE, which sees a bool),
# plus the few ticks of the module around the loop.
run ticks --pace=0
python3 -c "import sys; t = int(sys.argv[1]); sys.exit(not 2000 <= t < 2100)" "$(field "$T/ticks.csv" gil_ticks)" \
    || { echo "gil_ticks $(field "$T/ticks.csv" gil_ticks), want 2000..2099"; fail=1; }

# Pacing spends per instruction: 2.5*10^5 iterations of 9 instructions at
# 60 units is 1.35*10^8 units (~0.08 s on this machine kind) of CPU the
# unpaced loop does not spend; a loop of the same ticks (2 an iteration)
# with 6 more instructions that do not tick (local loads and stores) spends
# 15/9 as much, where pacing per tick would spend the same.  Pinned to one
# CPU.  A vCPU of a VM may run everything half as fast for minutes at a
# time, so each round runs the four cases back to back and gives its own
# ratio, and the median of five rounds is judged: a change of speed between
# rounds then moves nothing, and one within a round spoils only that round.
cat > "$T/wide.py" <<'PY'
import sys
def count(n):
    while n > 0:
        a = n
        b = a
        c = b
        n -= 1
count(int(sys.argv[1]))
PY
one_cpu=$(python3 -c 'import os; print(min(os.sched_getaffinity(0)))')
cpu() {  # PACE SCRIPT: the CPU seconds of one run
    taskset -c "$one_cpu" "$G" --pace="$1" --csv="$T/p.csv" "$2" 250000 > /dev/null 2>&1
    field "$T/p.csv" user_s
}
rounds=$(for i in 1 2 3 4 5; do
    echo "$(cpu 0 "$T/loop.py") $(cpu 60 "$T/loop.py") $(cpu 0 "$T/wide.py") $(cpu 60 "$T/wide.py")"
done)
python3 - "$rounds" <<'PY' || fail=1
import statistics, sys
rounds = [tuple(map(float, line.split())) for line in sys.argv[1].splitlines()]
spent = statistics.median(loop - loop0 for loop0, loop, wide0, wide in rounds)
if not spent > 0.02:
    print("pacing spent %.3f s of CPU (median of rounds), want > 0.02 (1.35*10^8 pace units)" % spent)
    sys.exit(1)
ratios = sorted((wide - wide0) / (loop - loop0) for loop0, loop, wide0, wide in rounds if loop > loop0)
ratio = statistics.median(ratios)
if not 1.3 < ratio < 2.2:
    print("15 instructions an iteration spent %.2fx the pacing of 9 (rounds: %s), want 15/9 (per instruction)"
          % (ratio, " ".join("%.2f" % r for r in ratios)))
    sys.exit(1)
PY

# A calibration file in the old unit (per tick) is refused, not misread.
printf '# emulate,work_per_tick,source\ncpython-3.2,6.4,old\n' > "$T/old.csv"
"$G" --emulate=cpython-3.2 --calibration="$T/old.csv" "$T/loop.py" 1 > /dev/null 2> "$T/err"; rc=$?
[ $rc = 2 ] && grep -q "work per tick.*run bench/calibrate again" "$T/err" \
    || { echo "a per-tick calibration file: exit $rc, stderr '$(cat "$T/err")'"; fail=1; }

for bad in --emulate=cpython-9 --pace=-1 --pace=fast --calibration="$T/none.csv"; do
    "$G" "$bad" "$T/loop.py" 1 > /dev/null 2> "$T/err"; rc=$?
    [ $rc = 2 ] && [ -s "$T/err" ] || { echo "$bad: exit $rc, stderr '$(cat "$T/err")'"; fail=1; }
done
grep -q "valid: none cpython-2.6.4 cpython-3.2" <("$G" --emulate=x "$T/loop.py" 2>&1) \
    || { echo "--emulate=x does not list the emulations"; fail=1; }
exit $fail
