#!/usr/bin/env bash
# gilvm -m dis over every tests/lang program: exit 0, every line a well-formed
# 3.8 listing line, and (when python3 is here) one "Disassembly of" header per
# nested code object, in 3.8's order (co_consts, depth first) with its name and
# first line, as python3's compiler reports them.
set -u
G=${GILVM:?set by tests/run}
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$ROOT/tests/lang" || exit 1
PY=$(command -v python3 || true)
line_re='^$|^Disassembly of <code object [^ ]+ at 0x[0-9a-f]+, file "[^"]+", line [0-9]+>:$|^ *[0-9]* +(>>)? +[0-9]+ [A-Z_]+[A-Z0-9_]*( +[0-9]+( \(.*\))?)?$'
# One python3 run lists the nested code objects of every program.
if [ -n "$PY" ]; then
    mkdir "$T/want"
    "$PY" -W ignore - "$T/want" *.py <<'PY' || PY=
import sys, os
# 3.8's compiler keeps one constant for equal code objects in the same
# co_consts (code_richcompare: same name, first line, code and tables), so
# two identical lambdas on one line are listed once; 3.11 keeps both.
def key(c):
    return (c.co_name, c.co_firstlineno, c.co_code, repr(c.co_consts), c.co_names,
            c.co_varnames, c.co_freevars, c.co_cellvars, c.co_argcount, c.co_flags)
def walk(co, out):
    seen = set()
    for c in co.co_consts:
        if hasattr(c, "co_code") and key(c) not in seen:
            seen.add(key(c))
            out.append("%s %d\n" % (c.co_name, c.co_firstlineno))
            walk(c, out)
for name in sys.argv[2:]:
    out = []
    try:
        walk(compile(open(name, encoding="utf-8").read(), name, "exec"), out)
    except SyntaxError:
        continue
    with open(os.path.join(sys.argv[1], name), "w") as f:
        f.writelines(out)
PY
fi
fail=0 n=0
for f in *.py; do
    case $f in syn_*|thread_*) continue ;; esac
    n=$((n + 1))
    timeout 60 "$G" -m dis "$f" > "$T/dis" 2> "$T/err"; rc=$?
    if [ $rc != 0 ]; then echo "$f: -m dis exit $rc: $(tail -1 "$T/err")"; fail=1; continue; fi
    if grep -v -E "$line_re" "$T/dis" > "$T/bad"; then echo "$f: malformed lines:"; head -3 "$T/bad"; fail=1; fi
    [ -n "$PY" ] && [ -f "$T/want/$f" ] || continue
    grep '^Disassembly of' "$T/dis" | sed -E 's/<code object ([^ ]+) at 0x[0-9a-f]+, file "[^"]+", line ([0-9]+)>:/\1 \2/; s/^Disassembly of //' > "$T/got"
    if ! cmp -s "$T/want/$f" "$T/got"; then echo "$f: nested code objects differ (want | got):"; diff "$T/want/$f" "$T/got" | head -6; fail=1; fi
done
[ $n -ge 100 ] || { echo "only $n programs found"; fail=1; }
exit $fail
