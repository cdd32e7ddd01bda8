#!/usr/bin/env bash
# gilvm -m tokenize: CPython 3.8's listing (expectations printed by 3.8), of
# a file (after its ENCODING token) or of stdin, -e naming each operator
# exactly; a tokenizing error is "FILE:LINE:COL: error: ..." and exit 1.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
printf 'def f(x):\n    return x**2  # c\n' > t.py

runs 0 -m tokenize -e t.py
is out <<'WANT'
0,0-0,0:            ENCODING       'utf-8'        
1,0-1,3:            NAME           'def'          
1,4-1,5:            NAME           'f'            
1,5-1,6:            LPAR           '('            
1,6-1,7:            NAME           'x'            
1,7-1,8:            RPAR           ')'            
1,8-1,9:            COLON          ':'            
1,9-1,10:           NEWLINE        '\n'           
2,0-2,4:            INDENT         '    '         
2,4-2,10:           NAME           'return'       
2,11-2,12:          NAME           'x'            
2,12-2,14:          DOUBLESTAR     '**'           
2,14-2,15:          NUMBER         '2'            
2,17-2,20:          COMMENT        '# c'          
2,20-2,21:          NEWLINE        '\n'           
3,0-3,0:            DEDENT         ''             
3,0-3,0:            ENDMARKER      ''             
WANT
"$G" -m tokenize < t.py > out 2> err || { echo "-m tokenize < t.py failed"; cat err; fail=1; }
last='tokenize < t.py'
is out <<'WANT'
1,0-1,3:            NAME           'def'          
1,4-1,5:            NAME           'f'            
1,5-1,6:            OP             '('            
1,6-1,7:            NAME           'x'            
1,7-1,8:            OP             ')'            
1,8-1,9:            OP             ':'            
1,9-1,10:           NEWLINE        '\n'           
2,0-2,4:            INDENT         '    '         
2,4-2,10:           NAME           'return'       
2,11-2,12:          NAME           'x'            
2,12-2,14:          OP             '**'           
2,14-2,15:          NUMBER         '2'            
2,17-2,20:          COMMENT        '# c'          
2,20-2,21:          NEWLINE        '\n'           
3,0-3,0:            DEDENT         ''             
3,0-3,0:            ENDMARKER      ''             
WANT

printf 'x = (1,\n' > open.py
runs 1 -m tokenize open.py
is err <<'WANT'
open.py:2:0: error: EOF in multi-line statement
WANT
printf 'if 1:\n  a\n b\n' > dedent.py
runs 1 -m tokenize dedent.py
is err <<'WANT'
dedent.py:3:1: error: unindent does not match any outer indentation level
WANT
runs 1 -m tokenize nope.py
is err <<'WANT'
error: [Errno 2] No such file or directory: 'nope.py'
WANT
runs 2 -m tokenize -x t.py
has err '^python -m tokenize: error: unrecognized arguments: -x$'
exit $fail
