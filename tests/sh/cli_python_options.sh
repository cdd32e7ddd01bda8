#!/usr/bin/env bash
# python3's one-letter options, as CPython 3.8 takes them: -O/-OO (asserts,
# __debug__, docstrings, in imported modules too; PYTHONOPTIMIZE), -W and
# PYTHONWARNINGS (filter order, abbreviations, the lines an invalid one
# prints), -X (sys._xoptions, dev mode, faulthandler), -I, the accepted
# no-ops, clusters (-uOO, -Wi, -cCODE), `--`, what is refused (exit 2,
# one line) and a spawned multiprocessing child inheriting them.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
check() {  # LABEL WANT GOT
    [ "$2" = "$3" ] || { printf '%s:\n got: %s\nwant: %s\n' "$1" "$3" "$2"; fail=1; }
}
unset PYTHONOPTIMIZE PYTHONWARNINGS PYTHONDEVMODE PYTHONFAULTHANDLER

cat > opt.py <<'EOF'
"""module doc"""
import sys
import optmod
def f():
    "function doc"
class C:
    "class doc"
try:
    assert False, "x"
    asserted = "skipped"
except AssertionError:
    asserted = "raised"
if __debug__:
    asserted += "+debug block"
print(sys.flags.optimize, __debug__, asserted, optmod.ASSERTED, __doc__, f.__doc__, C.__doc__)
EOF
cat > optmod.py <<'EOF'
try:
    assert 0
    ASSERTED = "mod skipped"
except AssertionError:
    ASSERTED = "mod raised"
EOF
check "no -O" "0 True raised+debug block mod raised module doc function doc class doc" "$("$G" opt.py 2>&1)"
check "-O" "1 False skipped mod skipped module doc function doc class doc" "$("$G" -O opt.py 2>&1)"
check "-OO" "2 False skipped mod skipped None None None" "$("$G" -OO opt.py 2>&1)"
check "PYTHONOPTIMIZE=2" "2 False skipped mod skipped None None None" "$(PYTHONOPTIMIZE=2 "$G" opt.py 2>&1)"
check "PYTHONOPTIMIZE under -E" "0 True raised+debug block mod raised module doc function doc class doc" \
    "$(PYTHONOPTIMIZE=2 "$G" -E opt.py 2>&1)"
check "compile(optimize=)" "kept skipped ValueError" "$("$G" -O -c '
try:
    exec(compile("assert 0", "s", "exec", optimize=0)); a = "lost"
except AssertionError:
    a = "kept"
exec(compile("assert 0", "s", "exec")); b = "skipped"
try:
    compile("1", "s", "exec", optimize=3)
except ValueError as e:
    print(a, b, type(e).__name__)' 2>&1)"

# -W: each later option wins (goes in front), PYTHONWARNINGS before -W.
probe='import sys, warnings
print(sys.warnoptions)
print([(a, getattr(m, "pattern", m), c.__name__, getattr(d, "pattern", d), l) for a, m, c, d, l in warnings.filters[:4]])'
check "-W order" "['error::UserWarning', 'ignore:boo', 'a::DeprecationWarning:mod:7']
[('always', None, 'DeprecationWarning', 'mod\\\\Z', 7), ('ignore', 'boo', 'Warning', None, 0), ('error', None, 'UserWarning', None, 0), ('default', None, 'DeprecationWarning', '__main__', 0)]" \
    "$(PYTHONWARNINGS=error::UserWarning "$G" -Wignore:boo -W a::DeprecationWarning:mod:7 -c "$probe" 2>&1)"
check "-W error raises" "1 UserWarning: boom" \
    "$("$G" -W error -c 'import warnings; warnings.warn("boom")' 2> err; echo $? "$(tail -1 err)")"
check "-W ignore silences" "quiet" "$("$G" -W ignore::UserWarning -c 'import warnings; warnings.warn("x"); print("quiet")' 2>&1)"
check "invalid -W options" "Invalid -W option ignored: invalid action: 'bogus'
Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'
Invalid -W option ignored: unknown warning category: 'NoSuch'
Invalid -W option ignored: invalid warning category: 'int'
Invalid -W option ignored: invalid lineno 'x'
ran" "$("$G" -W bogus -W a:b:c:d:e:f -W error::NoSuch -W error::int -W error:::m:x -c 'print("ran")' 2>&1)"

# -X: kept in sys._xoptions; dev mode and faulthandler act.
check "-X words" "{'foo': 'bar', 'baz': True} False False" \
    "$("$G" -Xfoo=bar -X baz -c 'import sys, faulthandler; print(sys._xoptions, sys.flags.dev_mode, faulthandler.is_enabled())' 2>&1)"
devprobe='import sys, warnings, faulthandler
print(sys.flags.dev_mode, sys.warnoptions, warnings.filters[0][0], warnings.filters[0][2].__name__, faulthandler.is_enabled())'
check "-X dev" "True ['default'] default Warning True" "$("$G" -X dev -c "$devprobe" 2>&1)"
check "PYTHONDEVMODE" "True ['default'] default Warning True" "$(PYTHONDEVMODE=1 "$G" -c "$devprobe" 2>&1)"
check "-X faulthandler" "True" "$("$G" -X faulthandler -c 'import faulthandler; print(faulthandler.is_enabled())' 2>&1)"
check "-X importtime says it is absent" "1 1" \
    "$("$G" -X importtime -c 'print(1)' > out 2> err; echo "$(cat out)" "$(grep -c 'importtime is not supported' err)")"

# -I: no script folder on sys.path (so a module beside the script is not
# found), and PYTHON* ignored.
mkdir iso && echo 'X = 1' > iso/beside.py
echo 'import sys
try:
    import beside; print("found", sys.flags.isolated)
except ImportError:
    print("not found", sys.flags.isolated, sys.flags.ignore_environment)' > iso/main.py
check "no -I" "found 0" "$("$G" iso/main.py 2>&1)"
check "-I" "not found 1 1" "$("$G" -I iso/main.py 2>&1)"

# Clusters, attached values, accepted no-ops, --.
check "cluster -uOOc" "2" "$("$G" -uOOc 'import sys; print(sys.flags.optimize)' 2>&1)"
check "-qsSB" "1 0" "$("$G" -qsSB -c 'import sys; print(sys.flags.quiet, sys.flags.optimize)' 2>&1)"
check "-V" "$("$G" --version)" "$("$G" -V 2>&1)"
check "-h" "$("$G" --help)" "$("$G" -h 2>&1)"
echo 'import sys; print(sys.argv)' > dash.py
check "--" "['dash.py', '-O']" "$("$G" -- dash.py -O 2>&1)"

# Refused: one line saying why, exit 2, nothing run.
for o in -i -b -v -x -d; do
    "$G" $o -c 'print("ran")' > out 2> err; rc=$?
    check "$o refused" "2 1 0" "$rc $(wc -l < err) $(grep -c ran out)"
done

# A spawned child runs with the parent's -O and -W.
cat > spawnopt.py <<'EOF'
import multiprocessing as mp, sys

def child(q):
    q.put((sys.flags.optimize, __debug__, sys.warnoptions))

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
EOF
check "spawn inherits" "(1, False, ['ignore::UserWarning'])" "$("$G" -O -W ignore::UserWarning spawnopt.py 2>&1)"
exit $fail
