# tests/fault/lib.sh — sourced by tests/sh/fault_*.sh: the fault-injection
# shim (tests/fault/inject.c, built by make as build/VARIANT/libfault.so),
# a scratch directory $T, and the checks every injected failure must pass:
# no death by signal, one line saying what failed and why, the expected exit
# status, and a CSV still whole.
: "${GILVM:?set GILVM}"
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
UNITDIR=${UNITDIR:-$ROOT/build/release/tests}
FAULTLIB=${FAULTLIB:-$(dirname "$UNITDIR")/libfault.so}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
[ -f "$FAULTLIB" ] || { echo "no $FAULTLIB (make unit / make test build it)"; exit 77; }
# A sanitizer build either refuses the preload (its runtime must come
# first) or defines malloc and pthread_create itself, so the shim never sees
# the calls: either way these tests cannot run there.
# PT0: the threads gilvm starts for itself (the watchdog that takes SIGTERM),
# so a test's Nth pthread_create is the program's (N - PT0)th thread.
creates() {
    GILKIT_FAULT=malloc:count,pthread_create:count LD_PRELOAD=$FAULTLIB "$GILVM" -c "$1" 2>&1 > /dev/null
}
probe=$(creates 'import threading; t = threading.Thread(target=print); t.start(); t.join()')
PT0=$(creates pass | sed -n 's/^gilkit-fault: pthread_create: \([0-9]*\) calls$/\1/p')
case $probe in
    *"malloc: 0 calls"* | *"pthread_create: 0 calls"*)
        echo "$GILVM intercepts malloc or pthread_create itself (a sanitizer build?)"; exit 77 ;;
    *"gilkit-fault: malloc: "*"gilkit-fault: pthread_create: $((${PT0:-0} + 1)) calls"*) ;;
    *) echo "the shim cannot be preloaded into $GILVM: $probe"; exit 77 ;;
esac

# fault RULES GILVM-ARGS...: run gilvm under the rules; sets rc, $T/out,
# $T/err.  Unless perf is the fault, the machine's own "hardware events not
# supported" line (a VM has no PMU) is left out of $T/err.
fault() {
    local rules=$1; shift
    GILKIT_FAULT=$rules LD_PRELOAD=$FAULTLIB timeout 60 "$GILVM" "$@" > "$T/out" 2> "$T/err.all" < /dev/null
    rc=$?
    CASE="GILKIT_FAULT=$rules gilvm $*"
    case $rules in
        *perf_event_open*) cp "$T/err.all" "$T/err" ;;
        *) grep -v '^gilvm: perf: .* not supported on this machine' "$T/err.all" > "$T/err" ;;
    esac
}

die() { echo "FAIL [$CASE]: $*"; echo "--- stderr:"; head -20 "$T/err"; exit 1; }

# No signal death (and not the runner's timeout), then the status wanted.
want_rc() {
    [ "$rc" -lt 124 ] || die "exit $rc (signal or timeout)"
    [ "$rc" = "$1" ] || die "exit $rc, want $1"
    ! grep -q 'Sanitizer\|gilkit-fault:' "$T/err" || die "sanitizer or shim report"
}

# stderr is exactly one line and it matches the extended regex.
want_one_line() {
    [ "$(wc -l < "$T/err")" = 1 ] || die "want exactly one line on stderr"
    grep -Eq "$1" "$T/err" || die "stderr does not match /$1/"
}

# csv_ok FILE ROWS: experiments/check-csv accepts it and it has ROWS rows,
# the last one ending in a newline (no partial row).
csv_ok() {
    python3 "$ROOT/experiments/check-csv" "$1" > "$T/check" 2>&1 || { cat "$T/check"; die "check-csv rejects $1"; }
    local n
    n=$(python3 -c 'import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="")))))' "$1")
    [ "$n" = "$2" ] || die "$1 has $n rows, want $2"
    [ -z "$(tail -c1 "$1")" ] || die "$1 ends inside a row"
}

# A CSV already holding one good row, for a failing run to append to or not.
csv_with_one_row() {
    printf 'print("ok")\n' > "$T/ok.py"
    "$GILVM" --csv="$1" "$T/ok.py" > /dev/null 2>&1 || { echo "a plain --csv run failed"; exit 1; }
}
