# reprlib: Repr's limits on containers, strings, ints and nesting, a
# subclass's own repr_<type>, and recursive_repr.
import reprlib
from array import array
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.__all__, reprlib.repr is not None, type(reprlib.aRepr).__name__)
# Sets whose items do not compare must not hold str: their order would
# follow python3's per-process string hashes.

data = [
    [], [1], list(range(6)), list(range(7)), (), (1,), tuple(range(10)),
    {}, {'a': 1}, dict.fromkeys('abcdef', 0), {3: 'c', 1: 'a', 2: 'b'},
    set(), {5, 3, 1}, set(range(20)), frozenset(), frozenset({2, 1}), frozenset(range(9)),
    {1, (2,)}, {(1, 2): [3, 4]},
    'short', 'x' * 30, 'x' * 31, 'abcdefghijklmnopqrstuvwxyz' * 3, "it's\n" * 10,
    0, -5, 2 ** 100, -(10 ** 60), 10 ** 39, 10 ** 40,
    deque(), deque(range(3)), deque(range(10)),
    array('i'), array('i', [1, 2, 3]), array('d', [1.5] * 8), array('b', [7]),
    [[[[[[[[1]]]]]]]], [1, [2, [3, [4, [5, [6, [7]]]]]]], ((((((((),),),),),),),),
    {'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}},
    [(), [], {}, set(), frozenset()] * 2, 3.25, None, True, b'bytes' * 20,
    range(1000), 'a b',
]
for x in data:
    print(reprlib.repr(x))

small = reprlib.Repr()
small.maxlevel = 2
small.maxlist = small.maxtuple = small.maxdict = small.maxset = 2
small.maxstring = small.maxlong = small.maxother = 8
small.fillvalue = '+'
for x in [[1, 2, 3], [[1, [2]]], (1, (2, (3,))), {1: {2: {3: 4}}}, {1, 2, 3},
          'abcdefghijk', 12345678901, b'abcdefghijk', [[]], [[[]]], {1: {}}, {1: {2: 3}}]:
    print(small.repr(x))

zero = reprlib.Repr()
zero.maxlevel = 0
print(zero.repr([1]), zero.repr([]), zero.repr({1: 2}), zero.repr({}), zero.repr('s'))
tiny = reprlib.Repr()
tiny.maxstring = tiny.maxlong = tiny.maxother = 2
print(tiny.repr('abcdef'), tiny.repr(123456), tiny.repr(3.14159))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Broken:
    def __repr__(self):
        raise ValueError('no')


class PointRepr(reprlib.Repr):
    def repr_Point(self, p, level):
        return 'P(%s, %s)' % (self.repr1(p.x, level - 1), self.repr1(p.y, level - 1))


pr = PointRepr()
print(pr.repr([Point(1, 'y' * 50), Point(2 ** 200, [1] * 9)]))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
print(pr.repr1([1, 2], 1), pr.repr1([[1]], 1))


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Show the node and its kids."""
        return '<%s %r>' % (self.name, self.kids)


class Loop(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Loop(%s)' % list.__repr__(self)


a = Node('a')
b = Node('b')
a.kids.append(b)
b.kids.append(a)
a.kids.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
l = Loop([1])
l.append(l)
print(repr(l), repr(l))
