# collections.UserString: a str wrapper whose string-making methods keep
# the subclass.
import pickle
import sys
from collections import UserString
from collections.abc import Sequence


class Tagged(UserString):
    pass


s = UserString('Hello, World')
t = Tagged('abc')
print(repr(s), str(s), s.data, len(s), isinstance(s, Sequence), isinstance(s, str))
print(UserString(42).data, UserString(s).data, UserString(t) == 'abc', type(UserString(t)).__name__)
print(s == 'Hello, World', s == UserString('Hello, World'), s != 'x', s < 'Z', s >= UserString('Hello'))
print(t < 'abd', t <= 'abc', t > 'ab', t > UserString('abz'))
print(hash(t) == hash('abc'), {t: 1}['abc'], 'ell' in s, UserString('lo,') in s, 'z' in s)
print(int(UserString('12')), float(UserString('2.5')), complex(UserString('1+2j')))

# indexing and slicing give the same class
print(type(t[0]).__name__, t[0] == 'a', t[1:], type(t[::-1]).__name__, t[::-1])
print([c.data for c in t], list(reversed(t)) == ['c', 'b', 'a'], t.index('c'), t.count('b'))

# concatenation, repetition, formatting
print(type(t + 'd').__name__, t + 'd', 'z' + t, type('z' + t).__name__, t + UserString('!'), t + 5)
print(t * 2, 2 * t, type(t * 2).__name__)
print(Tagged('%s-%d') % ('x', 3), type(Tagged('%s') % 'y').__name__)
print('[%s]' % t)

# methods that wrap their result
for name in ('capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'strip',
             'lstrip', 'rstrip'):
    r = getattr(Tagged('  mIxEd cAse  '), name)()
    print(name, type(r).__name__, repr(r))
print(repr(t.center(9, '*')), repr(t.ljust(5)), repr(t.rjust(5, '.')), t.zfill(6), Tagged('12').zfill(5))
print(Tagged('a\tb').expandtabs(4), Tagged('x.y.z').replace('.', '/'), Tagged('x.y.z').replace('.', '-', 1))
print(Tagged('aXb').replace(UserString('X'), UserString('--')), type(t.translate({97: 'A'})).__name__,
      t.translate(str.maketrans('abc', 'xyz')), t.maketrans('a', 'b') == {97: 98})
print(Tagged('xxhixx').strip('x'), Tagged('xxhixx').lstrip('x'), Tagged('xxhixx').rstrip('x'))

# methods that give plain values
print(s.find('o'), s.find(UserString('o'), 5), s.rfind('o'), s.rindex('l'), s.index('W'))
print(s.split(', '), s.rsplit('o', 1), Tagged('a\nb\n').splitlines(), Tagged('a\nb').splitlines(True))
print(s.partition(', '), s.rpartition('l'), type(s.split()[0]).__name__)
print(s.startswith('Hell'), s.endswith(('x', 'ld')), s.startswith('World', 7), s.endswith('Hello', 0, 5))
print(Tagged('-').join(['a', 'b']), type(Tagged('-').join('xy')).__name__)
print(Tagged('{0}+{x}').format(1, x=2), Tagged('{a}').format_map({'a': 'b'}))
print(t.encode(), Tagged('é').encode('latin-1'), Tagged('é').encode(None, None))
print(t.isalpha(), t.isalnum(), t.isascii(), Tagged('12').isdecimal(), Tagged('12').isdigit(),
      Tagged('x_1').isidentifier(), t.islower(), Tagged('12').isnumeric(), t.isprintable(),
      Tagged(' ').isspace(), Tagged('Ab Cd').istitle(), Tagged('AB').isupper())
print(s.count('l', 0, 4), s.count(UserString('o')))

# subclass hooks see .data; pickling round-trips through __getnewargs__
class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'


print(str(Shout('hey')), repr(Shout('hey')))
back = pickle.loads(pickle.dumps(Tagged('kept')))
print(type(back).__name__, back == 'kept', back.data)
try:
    t.index('q')
except ValueError as e:
    print('ValueError', e)
try:
    t + None
    print('added', t + None)
except TypeError as e:
    print('TypeError', e)
