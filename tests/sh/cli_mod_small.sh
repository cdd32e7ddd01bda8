#!/usr/bin/env bash
# The small -m command lines of CPython 3.8: platform (platform.platform(),
# terse/nonaliased words), filecmp ([-r] dir1 dir2: dircmp's report) and
# pickle (pprint each file's object; -t, the doctest self-test, is refused).
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"

runs 0 -m platform
"$G" -c "import platform; print(platform.platform())" > want
is out < want
has out "^$(uname -s)-"
runs 0 -m platform --terse nonaliased
"$G" -c "import platform; print(platform.platform(aliased=False, terse=True))" > want
is out < want

mkdir -p a/s b/s
echo 1 > a/same; echo 1 > b/same; echo left > a/onlya; echo right > b/onlyb
echo abc > a/s/f; echo abcd > b/s/f
runs 0 -m filecmp a b
is out <<'WANT'
diff a b
Only in a : ['onlya']
Only in b : ['onlyb']
Identical files : ['same']
Common subdirectories : ['s']
WANT
runs 0 -m filecmp -r a b
is out <<'WANT'
diff a b
Only in a : ['onlya']
Only in b : ['onlyb']
Identical files : ['same']
Common subdirectories : ['s']

diff a/s b/s
Differing files : ['f']
WANT
runs 1 -m filecmp a
has err '^getopt.GetoptError: need exactly two args$'

"$G" -c "import pickle
pickle.dump({'b': [1, 2.5, (3, None)], 'a': 'x' * 90}, open('p.pkl', 'wb'))
pickle.dump({1, 2}, open('q.pkl', 'wb'), protocol=2)"
runs 0 -m pickle p.pkl q.pkl
is out <<'WANT'
{'a': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
 'b': [1, 2.5, (3, None)]}
{1, 2}
WANT
runs 0 -m pickle
has out '^usage: pickle.py \[-h\] \[-t\] \[-v\] \[pickle_file \[pickle_file ...\]\]$'
has out '^display contents of the pickle files$'
runs 1 -m pickle -t
is err <<'WANT'
pickle: -t/--test (the doctest self-test) is not supported
WANT
runs 2 -m pickle nope.pkl
has err "^pickle.py: error: argument pickle_file: can't open 'nope.pkl': \[Errno 2\] No such file or directory: 'nope.pkl'\$"
exit $fail
