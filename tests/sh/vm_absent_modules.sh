#!/usr/bin/env bash
# A module of python3's library that gilvm lacks fails to import with
# ModuleNotFoundError (so `except ImportError` fallbacks work) whose message
# says gilvm does not provide it; a name no library has keeps python3's
# plain message.  Against python3 when present: every library module python3
# imports here either imports under gilvm or carries that note, so the list
# in vm/runtime/import.c cannot fall behind.
set -u
G=${GILVM:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
bad() { echo "$*"; fail=1; }
NOTE="python3's library has it; gilvm does not provide it"

cat > "$T/probe.py" <<'PY'
import sys
for name in sys.argv[1:]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(name, 'missing', e.name == name, e)
    except Exception as e:
        print(name, 'error', type(e).__name__, e)
    else:
        print(name, 'imported')
PY
"$G" "$T/probe.py" ssl email curses no_such_module_anywhere > "$T/out" 2>&1
for m in ssl email curses; do
    grep -qxF "$m missing True No module named '$m' ($NOTE)" "$T/out" || bad "import $m: $(grep "^$m " "$T/out")"
done
grep -qxF "no_such_module_anywhere missing True No module named 'no_such_module_anywhere'" "$T/out" \
    || bad "an unknown name: $(grep '^no_such' "$T/out")"

PY3=$(command -v python3 || true)
if [ -z "$PY3" ]; then echo "no python3: the list is not checked for completeness"; exit $fail; fi
# python3's own library modules that python3 imports on this machine.
"$PY3" -W ignore - > "$T/names" <<'PY'
import importlib, io, sys, contextlib
skip = {'antigravity', 'this'}   # they act on import (a browser, the Zen)
for name in sorted(sys.stdlib_module_names):
    if name.startswith('_') or name in skip:
        continue
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module(name)
    except Exception:
        continue
    print(name)
PY
# shellcheck disable=SC2046
"$G" "$T/probe.py" $(cat "$T/names") > "$T/all" 2>&1
while read -r name how _; do
    case $how in
    imported) ;;
    missing) grep -q "^$name missing True .*($NOTE)\$" "$T/all" || bad "$name: missing without the note: $(grep "^$name " "$T/all")" ;;
    *) bad "$name: $(grep "^$name " "$T/all")" ;;
    esac
done < "$T/all"
[ "$(wc -l < "$T/all")" = "$(wc -l < "$T/names")" ] || bad "probe stopped early: $(tail -3 "$T/all")"
exit $fail
