#!/usr/bin/env bash
# An experiments/run that is SIGKILLed takes its running gilvm with it (the
# run has its own session, so nothing else would stop it before --timeout),
# and the next run removes the gilkit-run.* temp folder it left behind.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d)
child=
cleanup() { [ -n "$child" ] && kill -KILL -- -"$child" 2> /dev/null; rm -rf "$T"; }
trap cleanup EXIT
export GILVM=$ROOT/tests/fixtures/fake-gilvm TMPDIR=$T
FAKE_GILVM_DELAY=30 "$ROOT/experiments/run" beazley --scale tiny --reps 1 --timeout 100 \
    --out "$T/b.csv" > "$T/log" 2>&1 &
runner=$!
# Its gilvm (the probe or a run: each sleeps 30 s): the process whose parent
# is the runner and whose command names the runner's temp folder.
for i in $(seq 1 300); do
    for p in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(awk '{print $4}' /proc/$p/stat 2> /dev/null)" = "$runner" ] || continue
        tr '\0' ' ' < /proc/$p/cmdline 2> /dev/null | grep -q "gilkit-run.$runner." && child=$p
    done
    [ -n "$child" ] && break
    sleep 0.1
done
[ -n "$child" ] || { echo "no run started"; cat "$T/log"; exit 1; }
kill -KILL $runner
wait $runner 2> /dev/null
# Dead is gone or a zombie (its new parent may be slow to reap it).
alive() { local st; st=$(awk '{print $3}' /proc/$child/stat 2> /dev/null); [ -n "$st" ] && [ "$st" != Z ]; }
for i in $(seq 1 100); do alive || break; sleep 0.1; done
if alive; then echo "the run outlived its SIGKILLed runner"; exit 1; fi
ls -d "$T"/gilkit-run.$runner.* > /dev/null 2>&1 || { echo "no temp folder to clean (test broken?)"; exit 1; }
"$ROOT/experiments/run" beazley --scale tiny --reps 1 --out "$T/b.csv" > "$T/log" 2>&1 || { tail -3 "$T/log"; exit 1; }
if ls -d "$T"/gilkit-run.* > /dev/null 2>&1; then echo "temp folder left: $(ls -d "$T"/gilkit-run.*)"; exit 1; fi
exit 0
