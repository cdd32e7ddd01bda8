#!/usr/bin/env bash
# gilvm -m dis over every tests/lang program.  With CPython 3.8 here (PY38, as
# tests/run finds it) each listing must equal `python3.8 -m dis` (object
# addresses masked), and a program 3.8 refuses must make gilvm exit non-zero
# too, unless python3 takes it (newer syntax: a match statement), when
# gilvm's own listing must be well-formed.  Without 3.8 every listing is
# still checked for exit 0 and well-formed lines, and the test says it
# skipped the comparison.
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY38=${PY38-}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$ROOT/tests/lang" || exit 1
line_re='^$|^Disassembly of <code object [^ ]+ at 0x[0-9a-f]+, file "[^"]+", line [0-9]+>:$|^ *[0-9]* +(>>)? +[0-9]+ [A-Z_]+[A-Z0-9_]*( +[0-9]+( \(.*\))?)?$'
mask() { sed -E 's/ at 0x[0-9a-f]+/ at 0x…/' "$@"; }

# One python3.8 lists every program as its `-m dis` would (compile the
# file's bytes under its name, dis.dis), into want/NAME, or writes the
# error it refuses the program with into want/NAME.err.
if [ -n "$PY38" ]; then
    mkdir "$T/want"
    "$PY38" - "$T/want" *.py <<'PY' || { echo "python3.8 failed to list the programs"; exit 1; }
import dis, os, sys
for name in sys.argv[2:]:
    out = os.path.join(sys.argv[1], name)
    with open(name, "rb") as f:
        source = f.read()
    try:
        code = compile(source, name, "exec")
    except (SyntaxError, ValueError) as e:
        with open(out + ".err", "w") as f:
            f.write("%s: %s\n" % (type(e).__name__, e))
        continue
    with open(out, "w") as f:
        dis.dis(code, file=f)
PY
fi
well_formed() {
    if grep -v -E "$line_re" "$T/dis" > "$T/bad"; then echo "$1: malformed lines:"; head -3 "$T/bad"; fail=1; fi
}
newer_syntax() { python3 -c 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")' "$1" 2>/dev/null; }

fail=0 n=0 same=0
for f in *.py; do
    n=$((n + 1))
    timeout 60 "$G" -m dis "$f" > "$T/dis" 2> "$T/err"; rc=$?
    if [ -f "$T/want/$f.err" ] && newer_syntax "$f"; then
        if [ $rc != 0 ]; then echo "$f: python3 takes it, gilvm -m dis exit $rc: $(tail -1 "$T/err")"; fail=1; else well_formed "$f"; fi
        continue
    fi
    if [ -f "$T/want/$f.err" ]; then   # 3.8 refuses the program (the syn_* tests): so must gilvm
        [ $rc != 0 ] || { echo "$f: python3.8 refuses it ($(cat "$T/want/$f.err")), gilvm -m dis exits 0"; fail=1; }
        continue
    fi
    if [ $rc != 0 ]; then
        case $f in syn_*) continue ;; esac   # a SyntaxError test, with no 3.8 to say otherwise
        echo "$f: -m dis exit $rc: $(tail -1 "$T/err")"; fail=1; continue
    fi
    if [ -z "$PY38" ]; then
        well_formed "$f"
        continue
    fi
    if ! diff -u <(mask "$T/want/$f") <(mask "$T/dis") > "$T/diff"; then
        echo "$f: listing differs from python3.8 -m dis:"; head -12 "$T/diff"; fail=1
    else
        same=$((same + 1))
    fi
done
[ $n -ge 100 ] || { echo "only $n programs found"; fail=1; }
[ $fail = 0 ] || exit 1
if [ -z "$PY38" ]; then echo "no python3.8: $n listings checked for form only"; exit 77; fi
echo "$same of $n listings equal python3.8's"
exit 0
