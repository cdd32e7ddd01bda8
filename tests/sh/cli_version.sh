#!/usr/bin/env bash
# gilvm --version: one line naming gilvm, exit 0, nothing on stderr.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
"$G" --version > "$T/out" 2> "$T/err"; rc=$?
[ $rc = 0 ] || { echo "--version exit $rc, want 0"; cat "$T/err"; exit 1; }
[ "$(wc -l < "$T/out")" = 1 ] || { echo "--version printed $(wc -l < "$T/out") lines, want 1:"; cat "$T/out"; exit 1; }
grep -qi 'gilvm' "$T/out" || { echo "--version does not name gilvm: $(cat "$T/out")"; exit 1; }
grep -q '[0-9]' "$T/out" || { echo "--version has no version number: $(cat "$T/out")"; exit 1; }
[ -s "$T/err" ] && { echo "--version wrote to stderr:"; cat "$T/err"; exit 1; }
exit 0
