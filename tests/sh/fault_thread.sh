#!/usr/bin/env bash
# pthread_create failing (the shim, tests/fault/lib.sh) in
# threading.Thread.start() raises RuntimeError("can't start new thread") as
# CPython does: uncaught, a traceback and exit 1; caught, the program goes
# on, can start the thread again later, and nothing leaks (the runner sets
# GILVM_LEAKCHECK=1).  Under every GIL policy and lock primitive.
set -u
. "$ROOT/tests/fault/lib.sh"
cat > "$T/uncaught.py" <<'PY'
import threading
def f():
    print("ran")
a = threading.Thread(target=f)
a.start()
a.join()
b = threading.Thread(target=f)
b.start()
print("not reached")
PY
cat > "$T/caught.py" <<'PY'
import threading
def f(n):
    print("ran", n)
b = threading.Thread(target=f, args=(2,))
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(b.is_alive())
b.start()
b.join()
print("done")
PY
for g in $("$GILVM" --list=gil); do for l in $("$GILVM" --list=lock); do
    fault pthread_create:nth=$((PT0 + 2)) --gil="$g" --lock="$l" --csv="$T/r.csv" "$T/uncaught.py"
    want_rc 1
    [ "$(cat "$T/out")" = ran ] || die "stdout: $(cat "$T/out")"
    [ "$(tail -1 "$T/err")" = "RuntimeError: can't start new thread" ] || die "no RuntimeError"
    grep -q '^Traceback' "$T/err" || die "no traceback"
    ! grep -q '^gilvm:' "$T/err" || die "gilvm complained"
    fault pthread_create:nth=$((PT0 + 1)):errno=ENOMEM --gil="$g" --lock="$l" --csv="$T/r.csv" "$T/caught.py"
    want_rc 0
    [ "$(cat "$T/out")" = "$(printf "RuntimeError: can't start new thread\nFalse\nran 2\ndone")" ] ||
        die "stdout: $(cat "$T/out")"
    [ ! -s "$T/err" ] || die "stderr not empty"
done; done
n=$(( $("$GILVM" --list=gil | wc -l) * $("$GILVM" --list=lock | wc -l) * 2 ))
csv_ok "$T/r.csv" "$n"
python3 - "$T/r.csv" <<'PY' || { CASE=csv; die "exit_status cells"; }
import csv, sys
st = [r["exit_status"] for r in csv.DictReader(open(sys.argv[1], newline=""))]
assert st == ["1", "0"] * (len(st) // 2), st
PY
echo ok
