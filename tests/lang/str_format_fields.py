# str.format's field names and conversions, with CPython's errors.
x = 'caf\xe9'
print(ascii(x), '{!a}'.format(x), f'{x!a}', '{0!a:>10}|'.format(x), '{!r}'.format(x))
d = {'a.b': 1, 'k[': 2, 0: 'zero', '0x': 'str-key'}
print('{0[a.b]} {0[k[]} {0[0]} {0[0x]}'.format(d))
class O:
    attr = [10, 20]
print('{0.attr[1]} {o.attr} {o.attr[0]}'.format(O(), o=O()))
for bad in ('{0.}', '{0[]}', '{0[0]x}', '{0[}', '{0[0', '{0..a}', '{!x}', '{0!}'):
    try:
        print(repr(bad.format(d)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)

# The field scanner's errors, in the order CPython finds them.
cases = ['{', '}', '{{', '}}', 'a{', '{0', '{0:', '{0:{', '{}{', '{:{}}', '{0:{1:{2}}}', 'x{0!r:>5}y',
         '{0{}', '{0!', '{0!s:', '{}{1}', '{1}{}', '{:>{}}', '{0:}}', '{0:}', '{0!s}{0!a}', '{[', '{0]}', '{.x}',
         '{0:%}', '{a}', '{0:{}}', '{0[:]}', '{0[!]}', '{0[}]}', '{0[{]}', '{0[}', '{0!}', '{0!r', '{0!rr}']
for f in cases:
    try:
        print(repr(f), repr(f.format(7, 8, 9, a='A')))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print('{0x}'.format(**{'0x': 3}), '{{{0}}}'.format(5))
