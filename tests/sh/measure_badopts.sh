#!/usr/bin/env bash
# Bad --cpus / --sched / --nice / --rtprio / --pin values: exit 2 with one
# line on stderr, before the script runs.
set -u
: "${GILVM:?set GILVM}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
echo 'print("ran")' > "$T/s.py"
ncpu=$(getconf _NPROCESSORS_CONF)
fail=0
for opt in --cpus=$((ncpu + 3)) --cpus=abc --cpus=1-0 --cpus= --sched=bogus --nice=50 --nice=x \
           --rtprio=0 --rtprio=5 --pin=sideways --events=no-such-event; do
    "$GILVM" "$opt" "$T/s.py" > "$T/out" 2> "$T/err"
    rc=$?
    lines=$(wc -l < "$T/err")
    if [ "$rc" != 2 ] || [ "$lines" != 1 ] || [ -s "$T/out" ]; then
        echo "$opt: exit $rc, $lines stderr lines, stdout '$(cat "$T/out")'"; cat "$T/err"; fail=1
    fi
done
# --rtprio without a real-time class is refused by measure_init, also with exit 2.
"$GILVM" --sched=other --rtprio=5 "$T/s.py" > "$T/out" 2> "$T/err"
rc=$?
if [ "$rc" != 2 ] || [ "$(wc -l < "$T/err")" != 1 ] || [ -s "$T/out" ]; then
    echo "--rtprio=5 with --sched=other: exit $rc"; cat "$T/err"; fail=1
fi
# Good values run.
"$GILVM" --cpus=0 --sched=batch --nice=3 --pin=spread "$T/s.py" > "$T/out" 2> "$T/err" || { echo "good options failed"; cat "$T/err"; fail=1; }
[ "$(cat "$T/out")" = ran ] || { echo "script did not run with good options"; fail=1; }
exit $fail
