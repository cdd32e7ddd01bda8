# str.format_map, isprintable, istitle, removeprefix, removesuffix.

def err(label, f):
    try:
        r = f()
        print(label, 'no error', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print('== format_map')
print('{a}-{b!r}-{c:>5}|{a.real}|{d[0]}|{d[1]:03d}'.format_map({'a': 3, 'b': 'x', 'c': 'y', 'd': [7, 8]}))
print('no fields {{x}}'.format_map({}))
print('{x}'.format_map(dict(x='plain dict')))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print('{name} is {age} {unknown}'.format_map(Default(name='Ann', age=7)))

class Mapping:
    def __getitem__(self, key):
        return key.upper() * 2

print('{ab} {c:^6} {d!r}'.format_map(Mapping()))
print('{x:{w}}|'.format_map({'x': 'hi', 'w': 6}))
print('a'.format_map(1))
err('positional 0', lambda: '{0}'.format_map({}))
err('positional auto', lambda: '{}'.format_map({}))
err('missing key', lambda: '{x}'.format_map({}))
err('not subscriptable', lambda: '{x}'.format_map(1))
err('no args', lambda: 'a'.format_map())
err('two args', lambda: 'a'.format_map({}, {}))
err('kw', lambda: 'a'.format_map(m={}))
err('single brace', lambda: 'x{'.format_map({}))
err('attr error', lambda: '{x.nope}'.format_map({'x': 1}))

print('== isprintable')
tests = ['', ' ', 'abc', 'a b', 'tab\t', 'nl\n', '\x7f', '\x00', '\xa0', '\xad', '\u00e9',
         '\u2028', '\u2029', '\u200b', '\u3000', '\ufeff', '\ue000', '\U000f0000', '\U0010fffd',
         '\u0378', '\U0001f600', '\u4e2d\u6587', '\u0600', '\u1680', '\u2000',
         '\u202f', '\u205f', '\U000e0001', '\u00b2', '\u0300', '\uffff', '\U0001d173',
         '\u180e', '\u061c', '\u0085', '\u009f']
for s in tests:
    print(ascii(s), s.isprintable())
counts = {}
# Code points Unicode 15.0 and 15.1 assigned: python3.11's data (14.0) has
# them unassigned, gilvm's (ICU's) may not; they are skipped.
newer = ((0xcf3, 0xcf3), (0xece, 0xece), (0x10efd, 0x10eff), (0x1123f, 0x11241),
         (0x11b00, 0x11b09), (0x11f00, 0x11f59), (0x1342f, 0x1342f), (0x13439, 0x13455),
         (0x1b132, 0x1b132), (0x1b155, 0x1b155), (0x1d2c0, 0x1d2d3), (0x1df25, 0x1df2a),
         (0x1e030, 0x1e08f), (0x1e4d0, 0x1e4f9), (0x1f6dc, 0x1f6dc), (0x1f774, 0x1f77f),
         (0x1f7d9, 0x1f7d9), (0x1fa75, 0x1fa88), (0x1faad, 0x1fadb), (0x1fae8, 0x1faf8),
         (0x2b739, 0x2b739), (0x2ebf0, 0x2ee5d), (0x2ffc, 0x2fff), (0x31ef, 0x31ef))
def known(c):
    return not any(a <= c <= b for a, b in newer)
# gilvm's str holds no lone surrogates (U+D800..U+DFFF): they are skipped.
for c in list(range(0, 0xd800, 7)) + list(range(0xe000, 0x30000, 7)) + list(range(0xe0000, 0x110000, 97)):
    if known(c):
        k = chr(c).isprintable()
        counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
nonprint = [c for c in list(range(0xd800)) + list(range(0xe000, 0x20000))
            if known(c) and not chr(c).isprintable()]
print(len(nonprint), sum(nonprint) % 1000003)
print(repr('\xad\u200b\u0378\ue000\u3000 \xe9\u4e2d'))
err('isprintable(1)', lambda: 'a'.isprintable(1))

print('== istitle')
for s in ['', 'a', 'A', 'Aa', 'AA', 'aA', 'A a', 'A A', 'Hello World', 'Hello world',
          'hello World', 'A1b', 'A1B', '1A', 'A_B', "They'Re", "They're", 'Σσ', 'ǅ', 'ǅa',
          'Aǅ', 'ǅ ǅ', 'ᾈ', 'ᾈa', 'Ω Ω', 'Ébc Déf', 'ß', 'Aß', ' ', '123', 'A\u0300b',
          'Ⅷ', 'Ⅷa', 'ⅷ']:
    print(repr(s), s.istitle())
err('istitle(1)', lambda: 'a'.istitle(1))

print('== removeprefix / removesuffix')
for s in ['', 'a', 'abc', 'abcabc', 'héllo', 'ééé']:
    for a in ['', 'a', 'ab', 'abc', 'c', 'bc', 'abcd', 'hé', 'llo', 'é', 'éé']:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
s = 'abc'
print(s.removeprefix('x') is s, s.removesuffix('') is s)

class S(str):
    pass

x = S('prefix-body')
print(type(x.removeprefix('prefix-')).__name__, x.removeprefix('prefix-'),
      type(x.removeprefix('zz')).__name__, type(x.removesuffix('body')).__name__)
err('removeprefix int', lambda: 'a'.removeprefix(1))
err('removesuffix bytes', lambda: 'a'.removesuffix(b'a'))
err('removesuffix()', lambda: 'a'.removesuffix())
err('removeprefix 2', lambda: 'a'.removeprefix('a', 'b'))
err('removeprefix kw', lambda: 'a'.removeprefix(prefix='a'))
