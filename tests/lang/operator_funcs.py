import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.pow(2, 10))
print(op.eq(1, 1), op.ne(1, 1), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(16, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True))
class I:
    def __index__(self): return 42
print(op.index(I()))
try: op.index(1.5)
except TypeError as e: print('TypeError', e)
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
try: op.indexOf([1], 5)
except ValueError as e: print('ValueError', e)
d = {}
op.setitem(d, 'k', 1); print(d, op.getitem(d, 'k')); op.delitem(d, 'k'); print(d)
l = [1]
print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul('x', 3), op.isub(5, 1), op.itruediv(1, 4))
print(op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], [9]))
print(op.length_hint([1, 2, 3]), op.length_hint(object(), 5))
g = itemgetter(1); print(g('abc'), g([5, 6]), itemgetter(0, 2)('xyz'), itemgetter('a')({'a': 9}))
print(repr(itemgetter(1, 'a')))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0)))
class P:
    def __init__(self, name, child=None): self.name = name; self.child = child
    def greet(self, who, punct='!'): return 'hi %s from %s%s' % (who, self.name, punct)
p = P('root', P('leaf'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('a', 'b.c')))
try: attrgetter('child.nope')(p)
except AttributeError as e: print('AttributeError', e)
try: attrgetter(1)
except TypeError as e: print('TypeError', e)
print(methodcaller('greet', 'bob')(p), methodcaller('greet', 'amy', punct='?')(p))
print(repr(methodcaller('greet', 'amy', punct='?')))
print(methodcaller('upper')('abc'))
try: itemgetter(5)([1])
except IndexError as e: print('IndexError', e)
try: op.add(1, 'a')
except TypeError as e: print('TypeError', e)
print(op.__add__(1, 2), op.__not__(1), op.__getitem__([4], 0))
import functools
print(functools.reduce(op.mul, range(1, 6)))
