#!/usr/bin/env bash
# sys.argv: the script path as given, then every argument untouched (even ones
# that look like gilvm options, after the script name).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
mkdir sub
printf 'import sys\nprint(sys.argv)\nprint(len(sys.argv))\n' > sub/show.py
fail=0
run() {  # WANT ARGS...
    local want=$1; shift
    local got; got=$("$G" "$@" 2>&1)
    [ "$got" = "$want" ] || { printf 'gilvm %s\n  want: %s\n  got:  %s\n' "$*" "$want" "$got"; fail=1; }
}
run "['sub/show.py']
1" sub/show.py
run "['sub/show.py', 'a', '--stats', '-c', '', 'ü n i']
6" sub/show.py a --stats -c '' 'ü n i'
run "['$T/sub/show.py', '1']
2" "$T/sub/show.py" 1
exit $fail
