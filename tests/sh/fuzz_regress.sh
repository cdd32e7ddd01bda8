#!/usr/bin/env bash
# Every crash the fuzzers found stays fixed: bin/gilvm runs each
# tests/fuzz/corpus/crash-*.py and must end by itself (no signal, no
# sanitizer report, exit < 128) with the exit status and last stderr line
# its header names:
#     # expect: EXIT [PREFIX]
# PREFIX (optional) begins the last line of stderr, e.g. "SyntaxError: ";
# without it stderr must be empty.  A reproducer written with the fuzz
# inputs' size directives (tests/fuzz/expand.h) runs expanded, by the
# expander's unit test binary.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
EXPAND=${UNITDIR:-$ROOT/build/release/tests}/test_fuzz_expand
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0 n=0
for f in "$ROOT"/tests/fuzz/corpus/crash-*.py; do
    [ -e "$f" ] || continue
    n=$((n + 1))
    name=$(basename "$f")
    spec=$(sed -n 's/^# expect: //p' "$f" | head -1)
    [ -n "$spec" ] || { echo "$name: no '# expect: EXIT [PREFIX]' line"; fail=1; continue; }
    want=${spec%% *}
    prefix=; [ "$spec" != "$want" ] && prefix=${spec#* }
    run=$f
    if grep -q '@{[0-9]' "$f"; then
        [ -x "$EXPAND" ] || { echo "$name: needs the expander, not built: $EXPAND"; fail=1; continue; }
        run=$T/$name; "$EXPAND" "$f" > "$run" || { echo "$name: cannot expand"; fail=1; continue; }
    fi
    timeout 120 "$G" "$run" > "$T/out" 2> "$T/err" < /dev/null; rc=$?
    if [ $rc -ge 124 ]; then
        echo "$name: exit $rc (signal or timeout)"; tail -5 "$T/err"; fail=1; continue
    fi
    if grep -qE 'Sanitizer|runtime error:' "$T/err"; then
        echo "$name: sanitizer report"; grep -m3 -E 'Sanitizer|runtime error:' "$T/err"; fail=1; continue
    fi
    [ "$rc" = "$want" ] || { echo "$name: exit $rc, want $want"; tail -3 "$T/err"; fail=1; continue; }
    last=$(tail -n 1 "$T/err")
    if [ -z "$prefix" ]; then
        [ ! -s "$T/err" ] || { echo "$name: unexpected stderr: $last"; fail=1; }
    else
        case $last in "$prefix"*) ;; *) echo "$name: last stderr line '$last', want '$prefix...'"; fail=1 ;; esac
    fi
done
[ $n -gt 0 ] || { echo "no tests/fuzz/corpus/crash-*.py reproducers"; exit 77; }
echo "$n reproducers"
exit $fail
