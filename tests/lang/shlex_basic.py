# shlex splits, quotes and tokenizes shell-like text as python3 does.
import shlex

cases = [
    'a b  c',
    '  leading and trailing  ',
    'echo "hello world" \'single q\' mixed"quo"ted',
    'esc\\ aped back\\\\slash "in \\"dq\\" \\$x \\\\" \'no \\ esc\'',
    'empty "" \'\' args',
    'path/to/file.txt --opt=val -x 1 # a comment',
    'tabs\tand\nnewlines\r\nhere',
    'x="a b"c\'d e\'',
    '',
    'ünïcode wörds',
]
for text in cases:
    print(repr(text))
    print('  posix:', shlex.split(text))
    print('  comments:', shlex.split(text, comments=True))
    print('  nonposix:', shlex.split(text, posix=False))

print('-- errors')
for text in ('open "quote', "open 'quote", 'trailing\\', '"esc at end\\'):
    for posix in (True, False):
        try:
            print(repr(text), posix, shlex.split(text, posix=posix))
        except ValueError as e:
            print(repr(text), posix, 'ValueError:', e)

print('-- quote and join')
for s in ('', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x*y', 'a@b%c+d=e:f,g./-h', 'tab\there', 'ü'):
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
args = ['prog', '--name', 'my file', "don't", '']
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)

print('-- the class')
lex = shlex.shlex('a = b + c; print("x y") # tail\nnext_line 42')
print(list(lex), lex.lineno)
lex = shlex.shlex('a = b + c; print("x y")', posix=True)
print(list(lex))
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('one two', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('a-b c/d e.f', posix=True)
print(list(lex))
lex = shlex.shlex('a-b c/d e.f', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("x 'q'", infile='conf.txt')
print(lex.error_leader(), lex.error_leader('other', 7), lex.eof == '')
print(shlex.shlex('', posix=True).eof)

print('-- punctuation_chars')
for text in ('a && b || c; (d) > out.txt 2>&1', 'ls -l | grep ~/x.py;echo done'):
    lex = shlex.shlex(text, posix=True, punctuation_chars=True)
    print(list(lex))
lex = shlex.shlex('a;b', punctuation_chars=';')
print(lex.punctuation_chars, list(lex))

print('-- sources')
lex = shlex.shlex('outer1 outer2', posix=True)
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.get_token(), lex.infile, lex.get_token(), lex.get_token(), lex.infile)
lex = shlex.shlex('a&&b||c ~/x.py;y >out', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
