#!/usr/bin/env bash
# gilvm -m timeit: CPython 3.8's command line.  Times vary, so the report
# line is checked by its shape: "N loops, best of R: T UNIT per loop", T
# with 3 significant digits.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
SIG3='([1-9][0-9]{0,2}|[1-9]\.[0-9]{1,2}|[1-9][0-9]\.[0-9]|0\.0*[1-9][0-9]{0,2}|[1-9](\.[0-9]{1,2})?e[-+][0-9]+)'

runs 0 -m timeit -n 1000 -r 3 'sum(range(10))'
has out "^1000 loops, best of 3: $SIG3 (nsec|usec|msec|sec) per loop\$"
[ "$(wc -l < out)" = 1 ] || { echo "-n/-r: more than one line"; fail=1; }

# -v: every timing on one "raw times" line, then a blank line; -u fixes the unit.
runs 0 -m timeit -v -n 10 -r 4 -u msec -s 'import math' -s 'y = math.pi' 'math.sqrt(y)'
has out "^raw times: $SIG3 msec, $SIG3 msec, $SIG3 msec, $SIG3 msec\$"
has out "^10 loops, best of 4: $SIG3 msec per loop\$"
[ "$(sed -n 2p out)" = "" ] || { echo "-v: no blank line after raw times"; fail=1; }

# No -n: autorange tries 1, 2, 5, 10, ... loops, -v shows each try.
runs 0 -m timeit -v -r 2 --process 'pass'
has out '^1 loop -> [0-9.e-]+ secs$'
has out '^2 loops -> [0-9.e-]+ secs$'
has out "^(1|2|5)0* loops, best of 2: $SIG3 (nsec|usec|msec|sec) per loop\$"

# Each -s is one more line of setup.
runs 0 -m timeit -n 1 -r 1 -s 'a = 1' -s 'b = a + 1' 'assert b == 2'
runs 1 -m timeit -n 1 -r 1 -s 'a = 1' -s 'b = a + 1' 'assert b == 3'
has err '^AssertionError$'

runs 1 -m timeit -n 1 '1/0'
has err '^ZeroDivisionError: division by zero$'
has err '^Traceback \(most recent call last\):$'
runs 1 -m timeit 'x = ('
has err '^SyntaxError: '

runs 2 -m timeit -u min 'pass'
has err '^Unrecognized unit. Please select nsec, usec, msec, or sec.$'
runs 2 -m timeit -q 'pass'
has out '^option -q not recognized$'
has out '^use -h/--help for command line help$'
runs 0 -m timeit -h
has out '^usage: '
has out '--number'
exit $fail
