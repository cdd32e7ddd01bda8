#!/usr/bin/env bash
# gilvm -m json.tool: CPython 3.8's (--sort-keys, --json-lines; no --indent):
# four-space indent, ASCII escapes, infile/outfile or stdin/stdout; a bad
# document exits 1 with the JSONDecodeError message, a bad argument 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
printf '{"b": [1, 2.5, null], "a": {"\303\251": true}}\n' > in.json

runs 0 -m json.tool in.json
is out <<'WANT'
{
    "b": [
        1,
        2.5,
        null
    ],
    "a": {
        "\u00e9": true
    }
}
WANT
"$G" -m json.tool --sort-keys < in.json > out 2> err || { echo "--sort-keys from stdin failed"; fail=1; }
last='json.tool --sort-keys < in.json'
is out <<'WANT'
{
    "a": {
        "\u00e9": true
    },
    "b": [
        1,
        2.5,
        null
    ]
}
WANT

printf '{"x": 1}\n[2, "y"]\n' > lines.json
runs 0 -m json.tool --json-lines lines.json o.json
[ -s out ] && { echo "outfile given, yet stdout written"; fail=1; }
is o.json <<'WANT'
{
    "x": 1
}
[
    2,
    "y"
]
WANT

printf '{"a": 1,}' > bad.json
runs 1 -m json.tool bad.json
is err <<'WANT'
Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
WANT
runs 2 -m json.tool nope.json
has err "^python -m json.tool: error: argument infile: can't open 'nope.json': \[Errno 2\] No such file or directory: 'nope.json'\$"
runs 2 -m json.tool --indent 2 in.json
has err '^usage: python -m json.tool \[-h\] \[--sort-keys\] \[--json-lines\]$'
exit $fail
