#!/usr/bin/env bash
# gilvm -c CODE [args] and gilvm - (program on stdin): output and sys.argv as python3.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
fail=0
expect() {  # WHAT WANT GOT
    [ "$2" = "$3" ] || { printf '%s:\n  want: %s\n  got:  %s\n' "$1" "$2" "$3"; fail=1; }
}
expect "-c print" "2" "$("$G" -c 'print(1 + 1)' 2>&1)"
expect "-c multi-line" "0 1 2 " "$("$G" -c 'for i in range(3):
    print(i, end=" ")
print()' 2>&1)"
expect "-c argv" "['-c', 'a', 'b c']" "$("$G" -c 'import sys; print(sys.argv)' a 'b c' 2>&1)"
expect "-c exit status" "3" "$("$G" -c 'import sys; sys.exit(3)' > /dev/null 2>&1; echo $?)"
expect "stdin" "hi from stdin" "$(echo 'print("hi from stdin")' | "$G" - 2>&1)"
expect "stdin argv" "['-', 'x']" "$(echo 'import sys; print(sys.argv)' | "$G" - x 2>&1)"
printf 'def f(n):\n    return n * 2\nprint(f(21))\n' > prog.py
expect "stdin multi-line" "42" "$("$G" - < prog.py 2>&1)"
"$G" -c '1/0' > out 2> err; rc=$?
expect "-c uncaught exit" "1" "$rc"
expect "-c traceback file" '  File "<string>", line 1, in <module>' "$(sed -n 2p err)"
expect "-c traceback last line" "ZeroDivisionError: division by zero" "$(tail -1 err)"
"$G" -c 'def f():
    return 1/0
f()' > out 2> err
expect "-c traceback (no source lines for <string>)" 'Traceback (most recent call last):
  File "<string>", line 3, in <module>
  File "<string>", line 2, in f
ZeroDivisionError: division by zero' "$(cat err)"
"$G" -c 'x = = 1' > out 2> err; rc=$?
expect "-c SyntaxError exit" "1" "$rc"
expect "-c SyntaxError report" '  File "<string>", line 1
    x = = 1
        ^
SyntaxError: invalid syntax' "$(cat err)"
expect "-c SyntaxError stdout" "" "$(cat out)"
# No script and stdin not a terminal: the program is read from stdin, as
# python3 reads it (sys.argv[0] is ''); on a terminal, one line says there
# is no prompt.
expect "piped program" "piped [''] True" "$(printf 'import sys\nprint("piped", sys.argv, len(sys.path[0]) == 0)\n' | "$G" 2>&1)"
expect "empty stdin" "0" "$("$G" < /dev/null > /dev/null 2>&1; echo $?)"
expect "piped traceback" '  File "<stdin>", line 1, in <module>' "$(echo '1/0' | "$G" 2>&1 | sed -n 2p)"
if command -v script > /dev/null; then
    script -qec "$G" /dev/null < /dev/null > out 2>&1; rc=$?
    expect "terminal, no script: exit" "2" "$rc"
    grep -q "no interactive prompt" out || { echo "terminal, no script: $(cat out)"; fail=1; }
fi
exit $fail
