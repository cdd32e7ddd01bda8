#!/usr/bin/env bash
# A script that does not exist: python3's wording, exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
"$G" nope.py > out 2> err; rc=$?
want="gilvm: can't open file 'nope.py': [Errno 2] No such file or directory"
[ $rc = 2 ] || { echo "exit $rc, want 2"; exit 1; }
[ "$(cat err)" = "$want" ] || { echo "stderr: $(cat err)"; echo "want:   $want"; exit 1; }
[ -s out ] && { echo "unexpected stdout: $(cat out)"; exit 1; }
mkdir adir
"$G" adir > out 2> err; rc=$?
[ $rc != 0 ] && [ $rc -lt 128 ] || { echo "a directory as the script: exit $rc, want a clean non-zero exit"; exit 1; }
[ "$(wc -l < err)" -ge 1 ] || { echo "a directory as the script: no error message"; exit 1; }
exit 0
