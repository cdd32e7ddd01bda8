#!/usr/bin/env bash
# Allocations that cannot be satisfied raise MemoryError; nothing crashes.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
# Under ASan a failed huge malloc must return NULL (as in a normal build), not abort.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_may_return_null=1"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
printf 'print("start")\nx = [0] * 10**12\nprint("not reached")\n' > big.py
"$G" big.py > out 2> err; rc=$?
[ $rc = 1 ] || { echo "[0]*10**12: exit $rc, want 1"; tail -3 err; fail=1; }
[ "$(tail -1 err)" = MemoryError ] || { echo "[0]*10**12: last stderr line '$(tail -1 err)', want 'MemoryError'"; fail=1; }
[ "$(cat out)" = start ] || { echo "[0]*10**12: stdout '$(cat out)'"; fail=1; }
cat > caught.py <<'PY'
for make in [lambda: [0] * 10**12, lambda: "x" * 10**12, lambda: b"ab" * 10**12, lambda: (1, 2) * 10**12]:
    try:
        make()
        print("allocated?!")
    except MemoryError:
        print("MemoryError")
print("still running", len([0] * 1000))
PY
out=$("$G" caught.py 2>&1); rc=$?
want="MemoryError
MemoryError
MemoryError
MemoryError
still running 1000"
[ $rc = 0 ] && [ "$out" = "$want" ] || { echo "caught.py: exit $rc, output:"; echo "$out"; fail=1; }
exit $fail
