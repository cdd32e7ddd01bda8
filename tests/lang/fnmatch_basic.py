# fnmatch: wildcards, character classes and their edge cases, filter, and
# translate's text (python3.11's).
import fnmatch

pats = ['*', '*.py', 'a*b*c', '?', '??x', '[abc]', '[!abc]', '[a-c]z', '[z-a]', '[!z-a]',
        '[]]', '[!]]', '[', '[!', 'a[', '[a-]', '[-a]', '[a-c-e]', '[\\]', '[^x]', '[[]',
        '[&~|]', 'x**y', '*a*', 'a\\*b', 'a.b', '(x)', '[a-cz-a]', '[b-a-c]', '[!a-c-e]',
        '*?*?', '[a-z][0-9]*.txt']
names = ['', 'a', 'b', 'z', ']', '[', '-', '!', '^', '\\', '&', 'x', 'abc', 'aXbYc', 'acb',
         'test.py', 'test.pyc', '.py', 'a\nb', 'xy', 'x*y', 'a*b', 'a\\*b', 'a.b', 'aXb',
         '(x)', 'b3.txt', 'B3.txt', 'zzx', 'e', 'c']
for p in pats:
    print(repr(p), fnmatch.translate(p))
    print('   ', [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.fnmatch('Test.PY', '*.py'), fnmatch.fnmatch('test.py', '*.py'))
print(fnmatch.filter(names, '*.py*'), fnmatch.filter([], '*'))
print(fnmatch.filter(('a', 'b'), '[a]'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatchcase('a' * 40, '*a' * 20 + 'b'))

for args in ((1, 'a'), ('a', 1), ('a', b'a')):
    for fn in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(fn(*args))
        except TypeError as e:
            print('TypeError')
