#!/usr/bin/env bash
# Single-threaded programs print the same under every GIL policy and lock
# primitive: a sample of tests/lang programs (recursion, exceptions, __del__
# timing, big loops) run once per --gil x --lock pair against their .out.
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
gils=$("$G" --list=gil) || { echo "--list=gil failed"; exit 1; }
locks=$("$G" --list=lock) || { echo "--list=lock failed"; exit 1; }
[ -n "$gils" ] && [ -n "$locks" ] || { echo "no GIL policies or lock primitives listed"; exit 1; }
cd "$ROOT/tests/lang" || exit 1
sample="prog_bank prog_primes rec_limit rc_del_stmt rc_locals_order stress_exceptions with_flow mod_sys_exit_code exc_finally names_global_cache"
fail=0 n=0
for g in $gils; do
    for l in $locks; do
        for b in $sample; do
            [ -f "$b.py" ] || { echo "missing $b.py"; fail=1; continue; }
            want_rc=0; [ -f "$b.exit" ] && want_rc=$(cat "$b.exit")
            timeout 60 "$G" --gil="$g" --lock="$l" "$b.py" > "$T/out" 2> "$T/err" < /dev/null; rc=$?
            n=$((n + 1))
            if ! cmp -s "$b.out" "$T/out" || [ "$rc" != "$want_rc" ]; then
                echo "$b under --gil=$g --lock=$l: exit $rc (want $want_rc)"
                diff "$b.out" "$T/out" | head -4; tail -2 "$T/err"
                fail=1
            fi
        done
    done
done
echo "$n runs"
exit $fail
