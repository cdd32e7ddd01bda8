#!/usr/bin/env bash
# argparse as CPython 3.8 prints it, for what later pythons print otherwise:
# the "optional arguments:" heading, nargs='*' in usage ("[x [x ...]]"),
# Namespace's sorted repr, --help/--version/errors through sys.argv.  Each
# command line must give python3.8's stdout, stderr and exit status exactly.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY38=${PY38-}
[ -n "$PY38" ] || { echo "no python3.8 to compare with"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
cat > prog.py <<'PY'
import argparse
p = argparse.ArgumentParser(description="Counts the things.")
p.add_argument("files", nargs="*", help="files to read")
p.add_argument("-n", "--count", type=int, default=1, help="how many (%(default)s)")
p.add_argument("--ratio", type=float)
p.add_argument("--version", action="version", version="%(prog)s 3.8")
sub = p.add_subparsers(dest="cmd")
go = sub.add_parser("go", help="go somewhere")
go.add_argument("where", nargs="?")
print(p.parse_args())
PY
fail=0
for args in "" "--help" "-h" "--version" "a b -n 3" "-n x" "--ratio" "--bogus" \
            "go" "go home" "go --help" "go a b" "stop"; do
    # shellcheck disable=SC2086  # each case is a word list
    "$G" prog.py $args > g.out 2> g.err; grc=$?
    # shellcheck disable=SC2086
    "$PY38" prog.py $args > p.out 2> p.err; prc=$?
    if [ $grc != $prc ] || ! cmp -s g.out p.out || ! cmp -s g.err p.err; then
        echo "prog.py $args: gilvm (exit $grc) differs from python3.8 (exit $prc):"
        diff g.out p.out; diff g.err p.err
        fail=1
    fi
done
exit $fail
