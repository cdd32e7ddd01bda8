#!/usr/bin/env bash
# make peers' refusal paths: no PEERS_SRC says what to download and where to
# put it, and exits 2; a directory without either release exits 2 too; a
# source that does not build fails (exit 1) with its log named, and the
# user's source tree is never written to.
set -u
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
bash tools/peers "" "$T/out" > "$T/o" 2> "$T/e"
rc=$?
[ $rc = 2 ] || { echo "no PEERS_SRC: exit $rc, want 2"; cat "$T/e"; exit 1; }
for want in "https://www.python.org/ftp/python/2.6.4/Python-2.6.4.tgz" \
            "https://www.python.org/ftp/python/3.2/Python-3.2.tgz" "make peers PEERS_SRC=DIR"; do
    grep -qF "$want" "$T/e" || { echo "refusal does not say: $want"; cat "$T/e"; exit 1; }
done
[ ! -e "$T/out" ] || { echo "a refused build created $T/out"; exit 1; }
make -s --no-print-directory peers PEERS_SRC= > "$T/o" 2> "$T/e" && { echo "make peers without PEERS_SRC succeeded"; exit 1; }
grep -qF "Python-2.6.4.tgz" "$T/e" || { echo "make peers: no download hint"; cat "$T/e"; exit 1; }

mkdir "$T/empty"
bash tools/peers "$T/empty" "$T/out" > "$T/o" 2> "$T/e"
rc=$?
[ $rc = 2 ] || { echo "empty PEERS_SRC: exit $rc, want 2"; cat "$T/o" "$T/e"; exit 1; }
grep -q "no CPython 2.6.4 under" "$T/o" || { echo "empty PEERS_SRC: no per-version line"; cat "$T/o"; exit 1; }

# A tree that claims to be 3.2 but whose configure fails.
src="$T/src/Python-3.2"
mkdir -p "$src/Include" "$src/Modules"
printf '#define PY_VERSION "3.2"\n' > "$src/Include/patchlevel.h"
printf '#!/bin/sh\necho "configure: error: this is a fake tree" >&2\nexit 1\n' > "$src/configure"
chmod +x "$src/configure"
touch "$T/stamp"; sleep 1
bash tools/peers "$T/src" "$T/out" > "$T/o" 2> "$T/e"
rc=$?
[ $rc = 1 ] || { echo "failing build: exit $rc, want 1"; cat "$T/o" "$T/e"; exit 1; }
grep -q "3.2 failed to build" "$T/e" && grep -q "fake tree" "$T/e" || { echo "failing build: no reason"; cat "$T/e"; exit 1; }
[ ! -e "$T/out/python3.2" ] || { echo "a failed build left a python3.2"; exit 1; }
[ -z "$(find "$T/src" -newer "$T/stamp")" ] || { echo "the source tree was written to"; find "$T/src" -newer "$T/stamp"; exit 1; }
exit 0
