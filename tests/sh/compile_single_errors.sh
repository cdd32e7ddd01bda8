#!/usr/bin/env bash
# compile(..., 'single')'s SyntaxErrors as python3.8 words and places them
# (3.11, the lang tests' oracle, words most of these differently): a last
# line without a newline is the end of input, and a second statement is
# pointed at past the first one's line.
set -u
G=${GILVM:?set by tests/run}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/e.py" <<'PY'
for s in ['1\n2', '1; 2\n3', '1 +', '1 +\n', '(1,', 'x = ', '1 2', 'def f(:',
          'for i in range(2): i', 'if 1:\n  3\n4', 'if 1:\n  3\n4\n', '# c', '\n\n',
          'for i in range(2): i\n', '1; 2']:
    try:
        compile(s, '<s>', 'single')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
PY
cat > "$T/want" <<'OUT'
'1\n2' multiple statements found while compiling a single statement 1 2
'1; 2\n3' multiple statements found while compiling a single statement 1 5
'1 +' unexpected EOF while parsing 1 3
'1 +\n' invalid syntax 1 4
'(1,' unexpected EOF while parsing 1 3
'x = ' unexpected EOF while parsing 1 4
'1 2' unexpected EOF while parsing 1 3
'def f(:' unexpected EOF while parsing 1 7
'for i in range(2): i' unexpected EOF while parsing 1 20
'if 1:\n  3\n4' unexpected EOF while parsing 3 1
'if 1:\n  3\n4\n' invalid syntax 3 1
'# c' unexpected EOF while parsing 1 3
'\n\n' unexpected EOF while parsing 2 1
'for i in range(2): i\n' ok
'1; 2' ok
OUT
"$G" "$T/e.py" > "$T/got" 2>&1 || { echo "gilvm failed"; cat "$T/got"; exit 1; }
diff -u "$T/want" "$T/got"
