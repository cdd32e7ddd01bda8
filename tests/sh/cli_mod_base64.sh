#!/usr/bin/env bash
# gilvm -m base64: CPython 3.8's getopt command line: encode (76-character
# lines), -d/-u decode, file or stdin, -t its self-check; a bad option exits 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
printf 'The quick brown fox jumps over the lazy dog, and then over it again twice.\n' > in.txt

runs 0 -m base64 in.txt
is out <<'WANT'
VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZywgYW5kIHRoZW4gb3Zl
ciBpdCBhZ2FpbiB0d2ljZS4K
WANT
cp out coded
runs 0 -m base64 -d coded
cmp -s out in.txt || { echo "-d coded: not the input back"; fail=1; }
"$G" -m base64 -u - < coded > out 2> err || { echo "-u from stdin failed"; cat err; fail=1; }
cmp -s out in.txt || { echo "-u from stdin: not the input back"; fail=1; }
head -c 1000 /dev/urandom > r.bin
"$G" -m base64 < r.bin | "$G" -m base64 -d > back
cmp -s back r.bin || { echo "random bytes through stdin do not round-trip"; fail=1; }

runs 0 -m base64 -t
is out <<'WANT'
b'Aladdin:open sesame'
b'QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n'
b'Aladdin:open sesame'
WANT
runs 2 -m base64 -x in.txt
has err '^option -x not recognized$'
has err '^usage: .*base64.py \[-d\|-e\|-u\|-t\] \[file\|-\]$'
exit $fail
