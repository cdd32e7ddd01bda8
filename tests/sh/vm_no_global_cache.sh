#!/usr/bin/env bash
# --no-global-cache must not change what any program prints: run every plain
# tests/lang program (no .args, .nopy or thread_) with the cache off and compare
# stdout and exit status with the expectation files.
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$ROOT/tests/lang" || exit 1
fail=0 n=0
for f in *.py; do
    b=${f%.py}
    case $b in thread_*) continue ;; esac
    [ -f "$b.args" ] || [ -f "$b.nopy" ] && continue
    [ -f "$b.out" ] || continue
    want_rc=0; [ -f "$b.exit" ] && want_rc=$(cat "$b.exit")
    timeout 60 "$G" --no-global-cache "$f" > "$T/out" 2> /dev/null < /dev/null; rc=$?
    n=$((n + 1))
    if ! cmp -s "$b.out" "$T/out" || [ "$rc" != "$want_rc" ]; then
        echo "$b: differs with --no-global-cache (exit $rc, want $want_rc)"
        diff "$b.out" "$T/out" | head -5
        fail=1
    fi
done
[ $n -ge 100 ] || { echo "only $n programs found"; fail=1; }
exit $fail
