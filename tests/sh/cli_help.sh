#!/usr/bin/env bash
# gilvm --help: exit 0; lists the usage forms and every option with its default.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
"$G" --help > "$T/out" 2> "$T/err"; rc=$?
[ $rc = 0 ] || { echo "--help exit $rc, want 0"; cat "$T/err"; exit 1; }
fail=0
for word in -c -m dis -u -E --version --help --stats --no-global-cache; do
    grep -q -e "$word" "$T/out" || { echo "--help does not mention $word"; fail=1; }
done
grep -qi 'usage' "$T/out" || { echo "--help has no usage line"; fail=1; }
grep -qi 'default' "$T/out" || { echo "--help shows no defaults"; fail=1; }
# Every --option=VALUE line must state its default ("[value]" or the word default).
grep -E '^\s*--[a-z-]+=' "$T/out" | grep -v -i -e '\[[^]]*\]' -e 'default' > "$T/nodef"
if [ -s "$T/nodef" ]; then echo "options listed without a default:"; cat "$T/nodef"; fail=1; fi
[ $fail = 0 ] || { echo "--- help text:"; cat "$T/out"; }
exit $fail
