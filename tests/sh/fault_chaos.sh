#!/usr/bin/env bash
# The GIL stress test (tests/unit/test_gil_stress.c: mutual exclusion,
# progress, counter consistency and shutdown, every policy x primitive)
# built with -DGILKIT_CHAOS, so every handoff point in sched/lock_*.c
# (CHAOS_POINT, sched/chaos.h) is widened at random by yields, spins and
# microsecond sleeps.  Built here from sched/ alone (the stress test needs
# no VM) in a few seconds; the whole test takes well under a minute.
# (make chaos runs the unit tests under the Makefile's VARIANT=chaos build.)
set -u
: "${ROOT:?set ROOT}"
CC=${CC:-cc}
command -v "$CC" > /dev/null || { echo "no C compiler ($CC)"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$ROOT" || exit 1
for f in sched/*.c; do
    o=$T/$(basename "$f" .c).o
    "$CC" -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -DGILKIT_CHAOS -I. \
        -c "$f" -o "$o" &
    [ "$(jobs -r | wc -l)" -lt 2 ] || wait -n
done
wait
ar rcs "$T/libsched.a" "$T"/*.o || exit 1
"$CC" -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -DGILKIT_CHAOS -I. \
    tests/unit/test_gil_stress.c "$T/libsched.a" -o "$T/stress" -luring -lpthread -lm || exit 1
# The hook must be compiled in: its per-thread state is in the objects.
nm "$T/libsched.a" 2>/dev/null | grep -q 'chaos_rng' || { echo "no chaos hook compiled in"; exit 1; }
timeout 120 "$T/stress" > "$T/out" 2>&1
rc=$?
tail -3 "$T/out"
[ "$rc" = 0 ] || { grep -i 'fail' "$T/out" | head -20; echo "stress under chaos: exit $rc"; exit 1; }
grep -q ' cases, 0 failed$' "$T/out" || { echo "no summary line"; exit 1; }
