# bytes and bytearray methods shared with str: case, classes, padding,
# splitting, partition, affixes, tabs, translate/maketrans; ASCII only.

def show(label, v):
    if isinstance(v, tuple) or isinstance(v, list):
        print(label, type(v).__name__, [(type(x).__name__, bytes(x)) for x in v])
    else:
        print(label, type(v).__name__, v)

def err(label, f):
    try:
        r = f()
        print(label, 'no error', r)
    except Exception as e:
        print(label, type(e).__name__, e)

samples = [b'', b'a', b'A', b'1', b' ', b'abc', b'ABC', b'Abc', b'aBC', b'Hello World',
           b'hello world', b'HELLO WORLD', b'a1b2', b'A1B2', b'Ab Cd', b'AB Cd', b'ab_cd ef',
           b'\t\n\x0b\x0c\r ', b'\x1c', b'caf\xc3\xa9', b'\xe9t\xe9', b'\x80abc', b'123',
           b'-42', b'+7', b'x\ty\tz', b'12\xb2', b'Ab1 Cd2', b"it's a test", b'\xc0\xdf']

for kind in (bytes, bytearray):
    print('==', kind.__name__)
    for s in samples:
        b = kind(s)
        print(repr(b), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(),
              b.isspace(), b.istitle(), b.isupper())
        show(' capitalize', b.capitalize())
        show(' swapcase', b.swapcase())
        show(' title', b.title())
        show(' upper/lower', (b.upper(), b.lower()))

for kind in (bytes, bytearray):
    print('== padding', kind.__name__)
    for s in (b'', b'a', b'ab', b'abc', b'-1', b'+12', b'-', b'+', b'x-1', b'--3'):
        b = kind(s)
        for w in (-1, 0, 1, 2, 4, 5, 8):
            print(repr(b), w, b.center(w), b.ljust(w), b.rjust(w), b.zfill(w),
                  b.center(w, b'*'), b.ljust(w, bytearray(b'.')), b.rjust(w, b'0'))
    show('types', (kind(b'a').center(3), kind(b'a').zfill(3), kind(b'abc').ljust(1)))

for kind in (bytes, bytearray):
    print('== expandtabs', kind.__name__)
    for s in (b'', b'\t', b'a\tb', b'abcdefgh\tx', b'a\tb\nc\td', b'ab\r\tc', b'\t\t',
              b'12345\t1234\t123\t12\t1\t'):
        b = kind(s)
        show(repr(b), [b.expandtabs(), b.expandtabs(4), b.expandtabs(1), b.expandtabs(0),
                       b.expandtabs(-3), b.expandtabs(tabsize=3)])

for kind in (bytes, bytearray):
    print('== split', kind.__name__)
    for s in (b'', b' ', b'a', b'  a  b  c  ', b'a,b,,c,', b',a,b', b'a\tb\nc\x0bd\x0ce\rf',
              b'a::b::c', b':::'):
        b = kind(s)
        show(repr(b) + ' rsplit()', b.rsplit())
        for mx in (-1, 0, 1, 2):
            show('  ws %d' % mx, b.rsplit(None, mx))
            show('  , %d' % mx, b.rsplit(b',', mx))
            show('  :: %d' % mx, b.rsplit(sep=memoryview(b'::'), maxsplit=mx))
            show('  split :: %d' % mx, b.split(bytearray(b'::'), mx))

for kind in (bytes, bytearray):
    print('== splitlines', kind.__name__)
    for s in (b'', b'a', b'a\n', b'a\nb', b'a\r\nb\rc\n\nd', b'\r\r\n\n', b'x\x0by\x0cz\x1cw\x85v',
              b'\n', b'a\r'):
        b = kind(s)
        show(repr(b), b.splitlines())
        show('  keep', b.splitlines(True))
        show('  keep=kw', b.splitlines(keepends=1))
        show('  keep=0', b.splitlines(False))

for kind in (bytes, bytearray):
    print('== partition', kind.__name__)
    for s in (b'', b'a=b', b'a=b=c', b'=', b'abc', b'==x'):
        b = kind(s)
        for sep in (b'=', b'==', bytearray(b'b'), b'zz'):
            show(repr(b) + ' ' + repr(sep), b.partition(sep))
            show('  r', b.rpartition(sep))
    b = kind(b'k=v')
    show('memoryview sep', (b.partition(memoryview(b'='))[0], b.rpartition(memoryview(b'='))[2]))
    print('mid type', type(b.partition(memoryview(b'='))[1]).__name__,
          type(b.partition(bytearray(b'='))[1]).__name__)

for kind in (bytes, bytearray):
    print('== affixes', kind.__name__)
    for s in (b'', b'abc', b'abcabc', b'a'):
        b = kind(s)
        for a in (b'', b'a', b'ab', b'abc', b'c', b'bc', b'abcd', bytearray(b'abc'),
                  memoryview(b'bc')):
            show(repr(b) + ' ' + repr(bytes(a)), (b.removeprefix(a), b.removesuffix(a)))

print('== maketrans / translate')
t = bytes.maketrans(b'abc', b'xyz')
print(type(t).__name__, len(t), t[97:100], t[:3], t[250:])
t2 = bytearray.maketrans(bytearray(b'lo'), memoryview(b'01'))
print(type(t2).__name__, t2[ord('l')], t2[ord('o')], t2[ord('x')])
print(b''.maketrans(b'', b'') == bytes(range(256)))
for kind in (bytes, bytearray):
    b = kind(b'hello world, abc')
    show('t', b.translate(t))
    show('t None del', b.translate(None, b'lo '))
    show('t del kw', b.translate(t, delete=b'ab'))
    show('t bytearray table', b.translate(bytearray(t2)))
    show('t memoryview table', b.translate(memoryview(t), memoryview(b'h')))
    show('t del all', b.translate(None, bytes(range(256))))
    show('t empty', kind(b'').translate(t, b'x'))
print(bytes(range(256)).translate(bytes(range(255, -1, -1)))[:8])

print('== errors')
for kind in (bytes, bytearray):
    b = kind(b'abc')
    err('center()', lambda: b.center())
    err('center 3 args', lambda: b.center(1, b'x', 3))
    err('center str fill', lambda: b.center(5, 'x'))
    err('center long fill', lambda: b.center(5, b'xy'))
    err('center empty fill', lambda: b.ljust(5, b''))
    err('center mv fill', lambda: b.rjust(5, memoryview(b'x')))
    err('center kw', lambda: b.center(width=5))
    err('center str width', lambda: b.center('5'))
    err('center float width', lambda: b.ljust(5.0))
    err('zfill()', lambda: b.zfill())
    err('zfill kw', lambda: b.zfill(width=3))
    err('zfill str', lambda: b.zfill('3'))
    err('partition()', lambda: b.partition())
    err('partition str', lambda: b.partition('a'))
    err('partition empty', lambda: b.rpartition(b''))
    err('partition int', lambda: b.partition(3))
    err('partition kw', lambda: b.partition(b'a', x=1))
    err('removeprefix str', lambda: b.removeprefix('a'))
    err('removesuffix()', lambda: b.removesuffix())
    err('removesuffix int', lambda: b.removesuffix(1))
    err('translate()', lambda: b.translate())
    err('translate short', lambda: b.translate(b'x'))
    err('translate 255', lambda: b.translate(bytes(255)))
    err('translate str', lambda: b.translate('x' * 256))
    err('translate del str', lambda: b.translate(None, 'a'))
    err('translate del int', lambda: b.translate(None, delete=3))
    err('translate 3 args', lambda: b.translate(None, b'', 3))
    err('maketrans len', lambda: kind.maketrans(b'a', b'bc'))
    err('maketrans str', lambda: kind.maketrans('a', 'b'))
    err('maketrans one', lambda: kind.maketrans(b'a'))
    err('maketrans int', lambda: kind.maketrans(b'a', 3))
    err('splitlines 2 args', lambda: b.splitlines(1, 2))
    err('splitlines str', lambda: b.splitlines('x'))
    err('splitlines None', lambda: b.splitlines(keepends=None))
    err('rsplit str', lambda: b.rsplit('a'))
    err('rsplit empty', lambda: b.rsplit(b''))
    err('rsplit maxsplit str', lambda: b.rsplit(maxsplit='x'))
    err('rsplit 3 args', lambda: b.rsplit(1, 2, 3))
    err('expandtabs str', lambda: b.expandtabs('x'))
    err('expandtabs 2 args', lambda: b.expandtabs(1, 2))
    err('expandtabs float', lambda: b.expandtabs(tabsize=2.0))
    err('isalpha(1)', lambda: b.isalpha(1))
    err('isascii kw', lambda: b.isascii(x=1))
    err('istitle(1)', lambda: b.istitle(1))
    err('capitalize(1)', lambda: b.capitalize(1))
    err('title kw', lambda: b.title(x=1))
    err('swapcase(1)', lambda: b.swapcase(1))

print('== identity')
b = b'abc'
print(b.center(2) is b, b.ljust(3) is b, b.zfill(1) is b, b.removeprefix(b'x') is b,
      b.removesuffix(b'') is b, b.partition(b'x')[0] is b, b.rpartition(b'x')[2] is b)
ba = bytearray(b'abc')
print(ba.center(2) is ba, ba.removeprefix(b'x') is ba, ba.partition(b'x')[0] is ba)
ba2 = ba.ljust(5)
ba2[0] = 65
print(ba, ba2)

class B(bytes):
    pass
x = B(b'Ab c')
show('subclass', [x.title(), x.center(6), x.zfill(6), x.removeprefix(b'A'), x.partition(b' ')[0],
                  x.translate(None, b' ')])
print([type(v).__name__ for v in (x.title(), x.center(6), x.rsplit()[0], x.splitlines()[0],
                                  x.removeprefix(b'q'), x.partition(b'q')[0])])
