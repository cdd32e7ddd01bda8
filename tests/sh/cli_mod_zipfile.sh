#!/usr/bin/env bash
# gilvm -m zipfile: CPython 3.8's command line: -c (folders recursively,
# sorted), -l (printdir), -e (extractall), -t (testzip); exactly one of them.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
export TZ=UTC
. "$ROOT/tests/sh/lib/cli.sh"
mkdir -p src/sub
echo hello > src/a.txt
seq 1 100 > src/sub/b.txt
echo top > top.txt
touch -d '2020-01-02 03:04:05' src/a.txt src/sub/b.txt src/sub src top.txt

runs 0 -m zipfile -c z.zip src/ top.txt
runs 0 -m zipfile -l z.zip
is out <<'WANT'
File Name                                             Modified             Size
src/                                           2020-01-02 03:04:04            0
src/a.txt                                      2020-01-02 03:04:04            6
src/sub/                                       2020-01-02 03:04:04            0
src/sub/b.txt                                  2020-01-02 03:04:04          292
top.txt                                        2020-01-02 03:04:04            4
WANT
"$G" -c "import zipfile; print([(i.filename, i.compress_type) for i in zipfile.ZipFile('z.zip').infolist()])" > out
is out <<'WANT'
[('src/', 0), ('src/a.txt', 8), ('src/sub/', 0), ('src/sub/b.txt', 8), ('top.txt', 8)]
WANT
runs 0 -m zipfile -t z.zip
is out <<'WANT'
Done testing
WANT
runs 0 -m zipfile -e z.zip out.d
diff -r src out.d/src > /dev/null || { echo "-e: out.d/src differs from src"; fail=1; }
cmp -s top.txt out.d/top.txt || { echo "-e: top.txt differs"; fail=1; }

# A member whose bytes no longer match its CRC.
"$G" -c "
data = bytearray(open('z.zip', 'rb').read())
at = data.index(b'top.txt', 30) + 7      # the local header's name, then (deflated) data
data[at] ^= 0xff
open('bad.zip', 'wb').write(bytes(data))"
runs 0 -m zipfile -t bad.zip
is out <<'WANT'
The following enclosed file is corrupted: 'top.txt'
Done testing
WANT

runs 2 -m zipfile z.zip
has err '^zipfile.py: error: one of the arguments -l/--list -e/--extract -c/--create -t/--test is required$'
runs 2 -m zipfile -l z.zip -t z.zip
has err '^zipfile.py: error: argument -t/--test: not allowed with argument -l/--list$'
exit $fail
