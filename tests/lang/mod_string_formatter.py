# string.Formatter: format/vformat as str.format, parse, get_field, and subclass hooks
from string import Formatter

f = Formatter()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def __format__(self, spec):
        return 'P<%s>' % spec


p = Point(3, 4)
cases = [
    ('{} and {}', (1, 'two'), {}),
    ('{1}{0}{1}', ('a', 'b'), {}),
    ('{name!r:>10}|', (), {'name': 'ann'}),
    ('{0.x},{0.y} {0!r} {0!s:^20} {0:hi}', (p,), {}),
    ('{d[k]} {d[0]} {l[1]}', (), {'d': {'k': 'K', 0: 'zero'}, 'l': [5, 6], }),
    ('{:{}}|{:.{prec}f}', ('x', 5, 3.14159), {'prec': 2}),
    ('{0:{1}{2}}', (42, '>', 8), {}),
    ('{{literal}} {} }}{{', (7,), {}),
    ('{:,} {:08.3f} {:x} {:%}', (1234567, -3.5, 255, 0.25), {}),
    ('', (), {}),
    ('{a[x y]}', (), {'a': {'x y': 'spaced'}}),
]
for fmt, args, kwargs in cases:
    mine = f.vformat(fmt, args, kwargs)
    print(repr(mine), mine == fmt.format(*args, **kwargs))
print(f.format('{0}-{x}', 1, x=2))

bad = ['{', '}', 'a{0', '{0!}', '{0!rx}', '{0!', '{0:{', '{0[}', '{a{b}', '{0!x}',
       '{}{0}', '{0}{}', '{0.}', '{0[}]}', '{0[0]x}', '{5}', '{nope}', '{0:{1:{2:{3}}}}',
       '{0.nope}', '{0[]}', '{0:d}']
for fmt in bad:
    try:
        f.format(fmt, 'v', 1, 2, 3)
        print(fmt, 'ok')
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(f.format('{0!a} {0!r}', 'caf\xe9'))

for s in ['a{{b', 'x{0!r:>{1}}y', '{}', '{:}', '{!s}', '{a[:]}', '{0]}', 'tail', '{0:{{}}}', '{0!:}']:
    print(repr(s), list(f.parse(s)))
print(f.get_field('0.x', [p], {}))
print(f.get_field('k[1][0]', [], {'k': [0, 'ab']}))
print(f.get_value(0, ['pos'], {}), f.get_value('k', [], {'k': 'kw'}))
print(f.convert_field(1, None), f.convert_field('s', 'r'), f.convert_field('\xe9', 'a'))
print(f.format_field(3.5, '06.2f'))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused, key=str))


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return Formatter.get_value(self, key, args, kwargs)


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return Formatter.convert_field(self, value, conversion)

    def format_field(self, value, spec):
        if spec == 'rev':
            return str(value)[::-1]
        return Formatter.format_field(self, value, spec)


print(Strict().format('{0}{x}', 1, x=2))
try:
    Strict().format('{0}', 1, 2, y=3)
except ValueError as e:
    print('ValueError:', e)
print(Defaulting().format('{a} {b} {0}', 'z', a='A'))
print(Upper().format('{0!u} {0:rev} {1!r}', 'hello', 'x'))


class Pieces(Formatter):
    def parse(self, s):
        items = list(Formatter.parse(self, s))
        for item in items:
            print('  piece', item)
        return items


print(Pieces().format('<{0:>{1}}>', 'ab', 4))
