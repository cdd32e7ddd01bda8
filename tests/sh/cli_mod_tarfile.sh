#!/usr/bin/env bash
# gilvm -m tarfile: CPython 3.8's command line: -c (compression from the
# name's extension), -l [-v], -e [DIR], -t (members on stderr), exit 1 for
# a file that is no tar archive; --filter is refused in one line.
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
touch -d '2020-01-02 03:04:05' src/a.txt src/sub/b.txt src/sub src

runs 0 -m tarfile -v -c t.tgz src
is out <<'WANT'
't.tgz' file created.
WANT
[ "$(od -An -tx1 -N2 t.tgz | tr -d ' ')" = 1f8b ] || { echo "-c t.tgz: not gzip-compressed"; fail=1; }
runs 0 -m tarfile -c t.tar src/a.txt
[ "$(od -An -c -j257 -N5 t.tar | tr -d ' ')" = ustar ] || { echo "-c t.tar: not a plain tar"; fail=1; }
runs 0 -m tarfile -l t.tgz
# gilvm's TarFile.list ends a name at the name (CPython adds a space).
sed 's/ $//' out > names
is names <<'WANT'
src/
src/a.txt
src/sub/
src/sub/b.txt
WANT
runs 0 -m tarfile -v -l t.tgz
has out '^-rw-r--r-- [^ ]+ +6 2020-01-02 03:04:05 src/a.txt ?$'
has out ' +292 2020-01-02 03:04:05 src/sub/b.txt ?$'
runs 0 -m tarfile -v -t t.tgz
is out <<'WANT'
't.tgz' is a tar archive.
WANT
sed -E 's/ at 0x[0-9a-f]+>/>/g' err > members
is members <<'WANT'
[<TarInfo 'src'>, <TarInfo 'src/a.txt'>, <TarInfo 'src/sub'>, <TarInfo 'src/sub/b.txt'>]
WANT
mkdir x
runs 0 -m tarfile -v -e t.tgz x
is out <<'WANT'
't.tgz' file is extracted into 'x' directory.
WANT
diff -r src x/src > /dev/null || { echo "-e: x/src differs from src"; fail=1; }
mkdir y && cd y
runs 0 -m tarfile -e ../t.tar
cd ..
cmp -s y/src/a.txt src/a.txt || { echo "-e with no folder: not extracted here"; fail=1; }

echo 'not a tar' > plain.txt
runs 1 -m tarfile -l plain.txt
is err <<'WANT'
'plain.txt' is not a tar archive.
WANT
runs 1 -m tarfile --filter data -l t.tgz
is err <<'WANT'
--filter is only valid for extraction
WANT
runs 1 -m tarfile --filter data -e t.tgz x
is err <<'WANT'
tarfile: --filter is not supported (extraction always refuses members that would land outside the target)
WANT
runs 2 -m tarfile -v
has err '^tarfile.py: error: one of the arguments -l/--list -e/--extract -c/--create -t/--test is required$'
exit $fail
