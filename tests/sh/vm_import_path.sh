#!/usr/bin/env bash
# sys.path as CPython builds it: the script's folder ('' for -c and stdin),
# then PYTHONPATH's entries, then gilvm's library folder, which is served
# from the table embedded in the binary (a copy of the source tree is not
# needed) and comes after the folders before it: a module of the same name
# in the script's folder wins.  sys.stdin is a file object; -c and -m dis
# keep working with imports.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0
check() {  # NAME WANT GOT
    [ "$2" = "$3" ] && return 0
    echo "$1: want [$2], got [$3]"; fail=1
}
mkdir -p "$T/app" "$T/extra1" "$T/extra2" "$T/shadow"
echo 'WHERE = "extra1"' > "$T/extra1/where.py"
echo 'WHERE = "extra2"' > "$T/extra2/where.py"
echo 'OTHER = 2' > "$T/extra2/other.py"
cat > "$T/app/main.py" <<'PY'
import sys, where, other, importlib
print(sys.path[0] == sys.argv[1], sys.path[1:3] == sys.argv[2:4], len(sys.path))
print(where.WHERE, other.OTHER, importlib.__file__ == sys.path[-1] + "/importlib/__init__.py")
PY
got=$(cd / && PYTHONPATH="$T/extra1::$T/extra2" "$G" "$T/app/main.py" "$(cd "$T/app" && pwd -P)" "$T/extra1" "$T/extra2" 2>&1)
check "script + PYTHONPATH" "True True 4
extra1 2 True" "$got"

# -c: '' first, so the current folder's modules import.
got=$(cd "$T/extra2" && "$G" -c 'import sys, where; print(repr(sys.path[0]), where.WHERE, sys.argv)' a b 2>&1)
check "-c" "'' extra2 ['-c', 'a', 'b']" "$got"

# A folder before the library folder shadows an embedded module.
echo 'SHADOW = True' > "$T/shadow/importlib.py"
got=$(cd "$T/shadow" && "$G" -c 'import importlib; print(importlib.SHADOW, hasattr(importlib, "import_module"))' 2>&1)
check "shadowing" "True False" "$got"

# The library folder's entry names the embedded table: a submodule lookup
# under it misses in CPython's words, and importing from it touches no file
# there (checked under strace when ptrace is allowed).
got=$(cd "$T" && "$G" -c 'import importlib
try:
    import importlib.nothere
except ImportError as e:
    print(type(e).__name__, e)' 2>&1)
check "library entry" "ModuleNotFoundError No module named 'importlib.nothere'" "$got"
if command -v strace > /dev/null && strace -o /dev/null true 2> /dev/null; then
    lib=$("$G" -c 'import sys; print(sys.path[-1])')
    strace -f -e trace=%file -o "$T/trace" "$G" -c 'import importlib' > /dev/null 2>&1
    if grep -F "$lib" "$T/trace" > "$T/touched"; then echo "the importer read the library folder:"; head -3 "$T/touched"; fail=1; fi
fi

# Stdin is a file object; -m dis lists a program that imports.
got=$(printf 'one\ntwo\n' | "$G" -c 'import sys; print(sys.stdin.readline().strip(), sys.stdin.read().split())' 2>&1)
check "stdin" "one ['two']" "$got"
printf 'import importlib\nfrom . import x\n' > "$T/d.py"
"$G" -m dis "$T/d.py" > "$T/dis" 2>&1 && grep -q "IMPORT_NAME" "$T/dis" || { echo "-m dis failed:"; head -5 "$T/dis"; fail=1; }
exit $fail
