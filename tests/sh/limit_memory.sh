#!/usr/bin/env bash
# Memory limits: huge requests raise MemoryError (python3 agrees), and
# --max-memory=SIZE caps the heap so that a runaway program ends in a
# MemoryError traceback (exit 1) — or recovers if it catches it — instead of
# meeting the OOM killer; bad sizes are one line and exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
# Under ASan a failed malloc must return NULL (as in a normal build), not abort.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_may_return_null=1"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
PY=$(command -v python3 || true)
fail=0
# A sanitizer's own allocator maps memory that RLIMIT_DATA counts, so under
# ASan a capped run starves the sanitizer rather than the VM: the cap's checks
# need a plain build.
capped=yes
grep -q __asan_init "$G" && { capped=; echo "note: ASan build: --max-memory checks skipped"; }
# expect_memerr NAME [gilvm options] : runs NAME.py, wants MemoryError and exit 1.  A
# traceback is required when the request that failed was one huge block; when the
# heap is full to the cap, even the traceback's entries may not be allocated as the
# error unwinds (CPython then prints no traceback either), so it may be absent.
expect_memerr() {
    local f=$1; shift
    timeout 120 "$G" "$@" "$f.py" > out 2> err; local rc=$?
    [ $rc = 1 ] || { echo "$f $*: exit $rc, want 1"; tail -3 err; fail=1; return; }
    [ "$(tail -1 err)" = MemoryError ] || { echo "$f $*: last line '$(tail -1 err)'"; fail=1; }
    case $f in *_mul|list_range)
        head -1 err | grep -qx 'Traceback (most recent call last):' || { echo "$f $*: no traceback"; fail=1; } ;;
    esac
    grep -q 'Traceback\|^MemoryError$' err && [ "$(grep -vc '^  \|^Traceback\|^MemoryError$' err)" = 0 ] \
        || { echo "$f $*: stderr holds more than a traceback:"; head -5 err; fail=1; }
}
# Huge single requests: the same with or without a cap, and python3 agrees.
echo 'x = [0] * 10**12' > list_mul.py
echo "x = 'a' * 10**12" > str_mul.py
echo "x = b'a' * 10**12" > bytes_mul.py
echo 'x = list(range(10**12))' > list_range.py
for f in list_mul str_mul bytes_mul list_range; do
    expect_memerr $f
    [ -n "$capped" ] && expect_memerr $f --max-memory=256M
    if [ -n "$PY" ]; then
        "$PY" $f.py 2> err; rc=$?
        [ $rc = 1 ] && [ "$(tail -1 err)" = MemoryError ] || { echo "python3 $f.py: exit $rc, '$(tail -1 err)'"; fail=1; }
    fi
done
# Growth that only a cap stops (without one they would take the machine's memory).
cat > join.py <<'PY'
parts = ['ab'] * 10**6
s = ' '.join(parts)
while True:
    s = ' '.join([s, s])
PY
cat > dict_grow.py <<'PY'
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
PY
cat > objects.py <<'PY'
class C:
    def __init__(self, n):
        self.n = n
        self.t = (n, 1.5, {'k': [n]})
x = []
def add(n):
    x.append(C(n))
    return add(n + 1) if n % 100 else n
n = 0
while True:
    n = add(n + 1)
PY
[ -n "$capped" ] && for f in join dict_grow objects; do
    expect_memerr $f --max-memory=48M
done
# Caught: the program frees what it held and goes on.
cat > recover.py <<'PY'
x = []
try:
    while True:
        x.append('%d-%s' % (len(x), 'y' * 20))
except MemoryError:
    grew = len(x) > 1000
    x = None
    print("caught", grew)
print("recovered", len([0] * 10000))
PY
if [ -n "$capped" ]; then
    out=$(timeout 120 "$G" --max-memory=32M recover.py 2>&1); rc=$?
    [ $rc = 0 ] && [ "$out" = "caught True
recovered 10000" ] || { echo "recover.py: exit $rc: $out"; fail=1; }
    # Caught when the heap is full to the cap (the static MemoryError is raised): what
    # it held is let go by exit (tests/run sets GILVM_LEAKCHECK=1, which would say so).
    printf 'def fill():\n    x = []\n    while True:\n        x.append((len(x), [len(x)]))\ntry:\n    fill()\nexcept MemoryError:\n    pass\nprint("after")\n' > full.py
    out=$(timeout 120 "$G" --max-memory=24M full.py 2>&1); rc=$?
    [ $rc = 0 ] && [ "$out" = after ] || { echo "full.py: exit $rc: $out"; fail=1; }
    # A capped run that stays below the cap is unaffected.
    out=$("$G" --max-memory=64M -c 'print(len([0] * 10**6))' 2>&1); rc=$?
    [ $rc = 0 ] && [ "$out" = 1000000 ] || { echo "under the cap: exit $rc: $out"; fail=1; }
    # Sizes: suffixes K M G T (powers of 1024) or bytes.
    for ok in 1048576 4096K 64M 64m 1G 2T; do
        "$G" --max-memory=$ok -c 'pass' 2> err || { echo "--max-memory=$ok refused: $(cat err)"; fail=1; }
    done
fi
# Anything else is one line, exit 2.
for bad in 0 -1 x 12Q 1.5G 64MB 99999999999T ''; do
    "$G" --max-memory="$bad" -c 'print(1)' > out 2> err; rc=$?
    [ $rc = 2 ] && [ ! -s out ] && [ "$(wc -l < err)" = 1 ] && grep -q '^gilvm: --max-memory' err \
        || { echo "--max-memory='$bad': exit $rc, stderr: $(cat err)"; fail=1; }
done
exit $fail
