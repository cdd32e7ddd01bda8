import collections.abc as abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Sequence, MutableSequence, Set,
                             MutableSet, Mapping, MutableMapping, MappingView, KeysView,
                             ItemsView, ValuesView, ByteString)

# Built-in types, registered or by their methods.
def gen():
    yield 1

g = gen()
samples = [[], (), '', b'', bytearray(), range(3), {}, set(), frozenset(), {}.keys(),
           {}.items(), {}.values(), iter([]), iter(''), iter({}), g, len, 1, None,
           memoryview(b'')]
abcs = [Hashable, Iterable, Iterator, Generator, Sized, Container, Callable,
        Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        MappingView, KeysView, ItemsView, ValuesView, ByteString]
for x in samples:
    print(type(x).__name__.ljust(16), ''.join('1' if isinstance(x, a) else '.' for a in abcs))
g.close()

# Structural checks: a class with the methods is a virtual subclass; a
# method set to None opts out.
class Sizes:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([1, 2, 3])
    def __contains__(self, x):
        return x in (1, 2, 3)

class NoIter(Sizes):
    __iter__ = None

class Unhashable:
    __hash__ = None

class Caller:
    def __call__(self):
        return 1

print(issubclass(Sizes, Sized), issubclass(Sizes, Iterable), issubclass(Sizes, Collection),
      issubclass(Sizes, Sequence), issubclass(NoIter, Iterable), issubclass(NoIter, Collection),
      issubclass(Unhashable, Hashable), issubclass(Caller, Callable), isinstance(Caller(), Callable))

# Abstract methods must be given.
for cls in (Mapping, Sequence, MutableSet, Generator):
    class Partial(cls):
        pass
    try:
        Partial()
    except TypeError as e:
        print('TypeError:', e)

# A Mapping from __getitem__, __iter__ and __len__.
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, key):
        return self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

m = Frozen(a=1, b=2)
print(m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, len(m))
print(list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, m != Frozen(a=1, b=2), m == [1])
print(m.keys() & {'a', 'x'}, sorted(m.keys() | {'c'}), m.keys() - {'a'}, ('a', 1) in m.items(),
      ('a', 2) in m.items(), 2 in m.values(), 5 in m.values(), len(m.values()))
print(repr(m.keys())[:9], isinstance(m.keys(), KeysView), isinstance(m.items(), Set))
try:
    reversed(m)
except TypeError as e:
    print('TypeError:', e)

# A MutableMapping from the above plus __setitem__ and __delitem__.
class Store(Frozen, MutableMapping):
    def __setitem__(self, key, value):
        self._d[key] = value
    def __delitem__(self, key):
        del self._d[key]

s = Store(a=1)
s.update({'b': 2}, c=3)
s.update([('d', 4)])
print(sorted(s.items()), s.setdefault('a', 9), s.setdefault('e', 5), s.pop('e'), s.pop('zz', 'dflt'))
try:
    s.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(s.popitem(), len(s))
s.clear()
print(len(s), dict(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))

# A Sequence from __getitem__ and __len__.
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

q = Squares(5)
print(list(q), 9 in q, 10 in q, list(reversed(q)), q.index(9), q.count(4), q.count(3))
try:
    q.index(10)
except ValueError:
    print('ValueError from index')
print(q.index(16, 1), q.index(4, -4))

# A MutableSequence from __getitem__, __setitem__, __delitem__, __len__, insert.
class Vec(MutableSequence):
    def __init__(self, items=()):
        self._l = list(items)
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)

v = Vec([1, 2])
v.append(3)
v.extend([4, 5])
v += [6]
v.reverse()
print(v._l, v.pop(), v.pop(0), v._l)
v.remove(3)
print(v._l, v.index(4))
v.extend(v)
print(v._l)
v.clear()
print(v._l, isinstance(v, Sequence), isinstance(v, Reversible))
print([isinstance(x, Reversible) for x in ([], (), '', range(2), b'', q, Sizes(), 1)])

# A Set from __contains__, __iter__, __len__; results via _from_iterable.
class Bag(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)

a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(type(a & b).__name__, sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(sorted(a & [3, 9]), sorted([3, 9] & a) if False else '', sorted(a - [1]), sorted(a | {7}))
print(a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a >= Bag([1]), a > Bag([1]),
      a == {1, 2, 3}, a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a._hash() == Bag([3, 1, 2])._hash())

class OrderedBag(Bag, MutableSet):
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

o = OrderedBag([1, 2, 3])
o |= [4]
o -= [1]
o &= [2, 3, 4, 5]
o ^= [5, 2]
print(o._items, o.pop(), o._items)
o.remove(4)
try:
    o.remove(99)
except KeyError as e:
    print('KeyError:', e)
o.clear()
print(o._items)
try:
    o.pop()
except KeyError:
    print('KeyError from pop')

# register makes a virtual subclass.
class Anything:
    pass

MutableMapping.register(Anything)
print(issubclass(Anything, Mapping), isinstance(Anything(), Sized), abc.__name__)
