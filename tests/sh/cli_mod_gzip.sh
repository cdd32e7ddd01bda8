#!/usr/bin/env bash
# gilvm -m gzip: CPython 3.8's command line: FILE to FILE.gz (input kept),
# -d FILE.gz back to FILE, stdin to stdout, --fast/--best levels (exclusive).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
seq 1 3000 > t.txt
cp t.txt orig

runs 0 -m gzip t.txt
[ -f t.txt ] && [ -f t.txt.gz ] || { echo "t.txt.gz not made beside t.txt"; fail=1; }
# The level is byte 8 of the header: 2 for level 9, 4 for 1, else 0.  As in 3.8,
# a file is compressed at 9 whatever the options, stdin at 6 unless told.
xfl() { od -An -tu1 -j8 -N1 "$1" | tr -d ' '; }
[ "$(xfl t.txt.gz)" = 2 ] || { echo "a file: XFL $(xfl t.txt.gz), want 2"; fail=1; }
"$G" -c "import gzip, sys; sys.stdout.write(gzip.open('t.txt.gz', 'rt').read())" > check
cmp -s check orig || { echo "gzip.open does not read back t.txt.gz"; fail=1; }
rm t.txt
runs 0 -m gzip -d t.txt.gz
cmp -s t.txt orig || { echo "-d t.txt.gz: not t.txt back"; fail=1; }

"$G" -m gzip --best < t.txt > best.gz && "$G" -m gzip --fast < t.txt > fast.gz
[ "$(xfl best.gz)" = 2 ] || { echo "--best: XFL $(xfl best.gz), want 2"; fail=1; }
[ "$(xfl fast.gz)" = 4 ] || { echo "--fast: XFL $(xfl fast.gz), want 4"; fail=1; }
"$G" -m gzip < t.txt > default.gz
[ "$(xfl default.gz)" = 0 ] || { echo "stdin, no option: XFL $(xfl default.gz), want 0"; fail=1; }
"$G" -m gzip -d < best.gz > back
cmp -s back orig || { echo "stdin -d: not the input back"; fail=1; }
if command -v gzip > /dev/null; then
    gzip -dc fast.gz | cmp -s - orig || { echo "gzip(1) does not read --fast's output"; fail=1; }
fi

runs 1 -m gzip -d t.txt
is err <<'WANT'
filename doesn't end in .gz: 't.txt'
WANT
runs 2 -m gzip --fast --best t.txt
has err '^gzip.py: error: argument --best: not allowed with argument --fast$'
exit $fail
