#!/usr/bin/env bash
# sched_setaffinity failing (the shim, tests/fault/lib.sh).  --cpus is a
# promise about the whole run, so its failure stops before the script: one
# line naming the call and the error, exit 2, no CSV row.  --pin places
# each thread as it starts: a failure there is a warning per thread and the
# run (and its row) completes.
set -u
. "$ROOT/tests/fault/lib.sh"
cat > "$T/th.py" <<'PY'
import threading
t = threading.Thread(target=lambda: print("thread"))
t.start()
t.join()
print("main")
PY
csv_with_one_row "$T/r.csv"
cp "$T/r.csv" "$T/before.csv"
for spec in "EINVAL:Invalid argument" "EPERM:Operation not permitted"; do
    e=${spec%%:*}; text=${spec#*:}
    fault "sched_setaffinity:errno=$e" --cpus=0 --csv="$T/r.csv" "$T/th.py"
    want_rc 2
    want_one_line "^gilvm: --cpus: sched_setaffinity: $text\$"
    [ ! -s "$T/out" ] || die "ran the script anyway"
    cmp -s "$T/r.csv" "$T/before.csv" || die "the CSV changed"
done
fault sched_setaffinity --pin=spread --csv="$T/r.csv" "$T/th.py"
want_rc 0
[ "$(cat "$T/out")" = "$(printf 'thread\nmain')" ] || die "stdout: $(cat "$T/out")"
[ "$(grep -c "cannot place thread .*: Invalid argument" "$T/err")" = 2 ] || die "want one warning per thread"
[ "$(wc -l < "$T/err")" = 2 ] || die "want nothing but the two warnings"
csv_ok "$T/r.csv" 2
echo ok
