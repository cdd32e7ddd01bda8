#!/usr/bin/env bash
# make deps' contract (tools/deps.sh): nothing missing, silent success; as a
# user other than root, the exact apt-get line for what is missing and a
# non-zero exit.  Never installs: the missing package does not exist.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
chmod 755 "$T"
cp "$ROOT/tools/deps.sh" "$T/"
printf '# installed\nprocps   # a comment\n' > "$T/have.list"
printf 'procps\ngilkit-no-such-package   # missing\n' > "$T/missing.list"

sh "$T/deps.sh" "$T/have.list" > "$T/out" 2>&1 || { echo "installed list: exit $?"; cat "$T/out"; exit 1; }
[ -s "$T/out" ] && { echo "installed list printed:"; cat "$T/out"; exit 1; }

as_user() {  # run as nobody when root, so apt-get is never reached
    if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi
}
as_user sh "$T/deps.sh" "$T/missing.list" > "$T/out" 2> "$T/err"; rc=$?
[ $rc != 0 ] || { echo "missing package, not root: exit 0"; exit 1; }
grep -qx '  apt-get install -y gilkit-no-such-package' "$T/err" \
    || { echo "missing package: want the exact apt-get line, got:"; cat "$T/err"; exit 1; }
exit 0
