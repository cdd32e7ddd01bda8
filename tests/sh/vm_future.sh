#!/usr/bin/env bash
# Future statements follow CPython's rules: only at the start of the module
# (after its docstring and other future statements), only known features
# ("braces": "not a chance").  A misplaced or unknown one is a SyntaxError at
# compile time (exit 1, nothing run), with python3's message and line.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
printf '"""doc"""\nfrom __future__ import division\nprint("ran")\nfrom __future__ import print_function\n' > late.py
printf 'from __future__ import braces\nprint("ran")\n' > braces.py
printf 'from __future__ import division, nope\nprint("ran")\n' > unknown.py
printf 'print("ran")\ndef f():\n    from __future__ import division\n' > nested.py
printf '"""doc"""\nfrom __future__ import (division,\n    print_function)\nfrom __future__ import generators\nprint("ran")\n' > good.py
check() {  # FILE WANT_LAST_STDERR_LINE WANT_LINE
    "$G" "$1" > out 2> err; rc=$?
    [ $rc = 1 ] || { echo "$1: exit $rc, want 1"; fail=1; }
    [ ! -s out ] || { echo "$1: ran: $(cat out)"; fail=1; }
    [ "$(tail -1 err)" = "$2" ] || { echo "$1: last stderr line '$(tail -1 err)', want '$2'"; fail=1; }
    head -1 err | grep -q "line $3\$" || { echo "$1: first stderr line '$(head -1 err)', want line $3"; fail=1; }
}
check late.py "SyntaxError: from __future__ imports must occur at the beginning of the file" 4
check braces.py "SyntaxError: not a chance" 1
check unknown.py "SyntaxError: future feature nope is not defined" 1
check nested.py "SyntaxError: from __future__ imports must occur at the beginning of the file" 3
out=$("$G" good.py 2>&1) && [ "$out" = ran ] || { echo "good.py: '$out'"; fail=1; }
exit $fail
