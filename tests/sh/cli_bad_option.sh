#!/usr/bin/env bash
# Unknown options and missing option values: one clear line on stderr, exit 2, no crash.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
echo 'print("ran")' > ok.py
fail=0
check() {  # DESCRIPTION WORD ARGS... : exit 2, one stderr line mentioning WORD, nothing run
    local what=$1 word=$2; shift 2
    "$G" "$@" > out 2> err < /dev/null; local rc=$?
    [ $rc = 2 ] || { echo "$what: exit $rc, want 2"; cat err; fail=1; return; }
    [ "$(wc -l < err)" = 1 ] || { echo "$what: stderr has $(wc -l < err) lines, want 1:"; cat err; fail=1; }
    grep -q -e "$word" err || { echo "$what: stderr does not mention '$word': $(cat err)"; fail=1; }
    grep -q ran out && { echo "$what: the script ran anyway"; fail=1; }
    return 0
}
check "unknown long option" "--bogus-option" --bogus-option ok.py
check "unknown short option" "-Q" -Q ok.py
check "-c without code" "-c" -c
check "-m without module" "-m" -m
exit $fail
