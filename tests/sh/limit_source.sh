#!/usr/bin/env bash
# Bad or unusual source files: each gives python3's exit status and message
# shape — the File "name", line N header, the source line, the error line;
# a leading BOM, CRLF or CR line ends and a missing final newline just run.
# python3 (3.11) is the oracle: stderr is compared line by line after
# naming the program and the directory alike (3.11 prints absolute paths)
# and without caret lines (3.11 omits some that 3.8, gilvm's model, prints).
# PY_ORACLE names another python3 to compare with.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
PY=${PY_ORACLE:-$(command -v python3)} || { echo "python3 absent: nothing to compare with"; exit 77; }
T=$(mktemp -d); trap 'chmod -R u+rwx "$T"; rm -rf "$T"' EXIT
chmod 755 "$T"
cd "$T"
fail=0
printf 'x = 1\ny = "a\0b"\nprint(x)\n' > nul.py
printf 'print(1)\n\0' > nul_end.py
printf 'x = 1\ny = "\xff\xfe"\n' > utf8.py
printf 'x = 1\n\xc3\x28 = 2\n' > utf8_bad_seq.py
printf '# \xed\xa0\x80 a surrogate\n' > utf8_surrogate.py
printf 'if 1:\n\tx = 1\n        y = 2\n' > tabs.py
mkdir dir.py
mkdir pkg && printf 'print("main of pkg")\n' > pkg/__main__.py
: > empty.py
printf '\xef\xbb\xbfprint("bom")\n' > bom.py
printf 'x = 1\r\nif x:\r\n    print("crlf", x)\r\n' > crlf.py
printf 'print("no newline")' > no_newline.py
printf 'if 1:\n    print("no newline, indented")' > no_newline_block.py
printf 'x = 1\rprint("cr", x)\r' > cr.py
printf 'x = 1\ndef f(:\n    pass\n' > syntax.py
printf 'print("unreadable")\n' > unreadable.py
chmod 000 unreadable.py
norm() {
    sed -e "s#$T/##g" -e 's#^[^ ]*python3[^:]*: #PROG: #' -e 's#^[^ ]*gilvm: #PROG: #' "$1" \
        | grep -v '^ *^ *$' | grep -v '^gilvm: .*live at exit'
}
compare() {  # NAME [as-user prefix...]: python3 and gilvm on NAME
    local f=$1; shift
    "$@" "$PY" "$f" > py.out 2> py.err; local prc=$?
    "$@" "$G" "$f" > vm.out 2> vm.err; local grc=$?
    case $f in nul*)   # 3.11.0-3.11.3 cut the source at the NUL and report what follows
        grep -q 'null bytes' py.err || {
            echo "note: $PY misreports NUL bytes; $f checked against the message 3.11.4 and later print"
            [ $grc = 1 ] && tail -1 vm.err | grep -qx 'SyntaxError: source code cannot contain null bytes' \
                || { echo "$f: exit $grc"; cat vm.err; fail=1; }
            return; } ;;
    esac
    [ $prc = $grc ] || { echo "$f: exit $grc, python3 $prc"; cat vm.err; fail=1; return; }
    cmp -s py.out vm.out || { echo "$f: stdout differs"; diff py.out vm.out | head -5; fail=1; }
    diff <(norm py.err) <(norm vm.err) > d || { echo "$f: stderr differs from python3's"; head -10 d; fail=1; }
}
for f in nul.py nul_end.py utf8.py utf8_bad_seq.py utf8_surrogate.py tabs.py missing.py dir.py pkg \
         empty.py bom.py crlf.py no_newline.py no_newline_block.py cr.py syntax.py; do
    compare $f
done
# Unreadable: root reads anything, so run both as nobody when we are root.
# (python3 itself may live where nobody cannot reach it: then the system's.)
if [ "$(id -u)" = 0 ]; then
    nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
    $nobody "$PY" -c pass 2> /dev/null || PY=/usr/bin/python3
    if command -v setpriv > /dev/null && $nobody "$PY" -c pass 2> /dev/null; then
        compare unreadable.py $nobody
    else
        echo "note: cannot run python3 as nobody: unreadable.py not compared"
    fi
else
    compare unreadable.py
fi
exit $fail
