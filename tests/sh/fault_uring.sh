#!/usr/bin/env bash
# --lock=uring when io_uring refuses a ring (the shim, tests/fault/lib.sh):
# at setup, or later for a new thread's ring, the run stops with one line
# naming io_uring_queue_init and the error, exit 2, and the CSV it was
# given keeps its rows untouched.  Not supported by the kernel: skip.
set -u
. "$ROOT/tests/fault/lib.sh"
"$GILVM" --lock=uring -c pass > /dev/null 2>&1 || { echo "io_uring unusable here"; exit 77; }
cat > "$T/th.py" <<'PY'
import threading
def f():
    print("ran")
for _ in range(3):
    t = threading.Thread(target=f)
    t.start()
    t.join()
print("done")
PY
csv_with_one_row "$T/r.csv"
cp "$T/r.csv" "$T/before.csv"

# A clean run sets up rings: the setup probe, then one per thread that sleeps.
fault io_uring_queue_init:count --lock=uring "$T/th.py"
[ "$rc" = 0 ] || die "exit $rc"
rings=$(sed -n 's/^gilkit-fault: io_uring_queue_init: \([0-9]*\) calls$/\1/p' "$T/err")
[ -n "$rings" ] && [ "$rings" -ge 2 ] || { CASE=count; die "no ring count"; }

for spec in "EPERM:Operation not permitted" "ENOMEM:Cannot allocate memory|out of memory" \
            "EMFILE:Too many open files"; do
    e=${spec%%:*}; text=${spec#*:}
    # Refused at setup.
    fault "io_uring_queue_init:errno=$e" --lock=uring --csv="$T/r.csv" "$T/th.py"
    want_rc 2
    want_one_line "^gilvm: --lock=uring.*io_uring_queue_init.*($text)"
    [ ! -s "$T/out" ] || die "ran the script anyway"
    # Refused for the first thread that sleeps on its own ring (which
    # threads need one, and so how many there are, depends on timing).
    fault "io_uring_queue_init:after=1:errno=$e" --lock=uring --csv="$T/r.csv" "$T/th.py"
    want_rc 2
    want_one_line "^gilvm: .*--lock=uring: io_uring_queue_init for a new thread"
    grep -Eq "$text" "$T/err" || die "the line does not say why"
    cmp -s "$T/r.csv" "$T/before.csv" || die "the CSV changed"
    csv_ok "$T/r.csv" 1
done
# Every other primitive never asks for a ring.
fault io_uring_queue_init --lock=futex --csv="$T/r.csv" "$T/th.py"
want_rc 0
csv_ok "$T/r.csv" 2
echo ok
