# set and frozenset operators as attributes: unbound on the class, bound on
# an instance, NotImplemented for a foreign operand, as CPython's.
s, t, f = {1, 2, 3}, {3, 4}, frozenset({2, 3})
print(set.__or__(s, t), s.__and__(t), s.__sub__(t), s.__xor__(t))
print(s.__rsub__(t), s.__ror__(t), s.__rand__(f), f.__rxor__(s), type(f.__rsub__(s)).__name__)
print(set.__contains__(s, 2), s.__len__(), sorted(s.__iter__()), s.__le__({1, 2, 3, 4}), f.__lt__(s))
print(s.__or__([1]), f.__and__(5), s.__ge__(3), set.__sub__(s, f), frozenset.__or__(f, s))
print(s.__eq__({3, 2, 1}), f.__ne__(s), f.__hash__() == hash(f), f.__contains__(3))
u = {1, 2}
r = u.__ior__({9})
print(r is u, u, u.__iand__({1, 9}), u.__isub__({1}), u.__ixor__({5}), u, u.__ior__([7]))
for name in ('__or__', '__and__', '__sub__', '__xor__', '__ror__', '__rand__', '__rsub__',
             '__rxor__', '__ior__', '__iand__', '__isub__', '__ixor__', '__len__', '__iter__',
             '__contains__', '__le__', '__lt__', '__ge__', '__gt__'):
    print(name, hasattr(set, name), hasattr(frozenset, name), hasattr(s, name))
print((5).__and__(3), (5).__ror__(2), (7).__rsub__(10), (2).__rpow__(3), (1.5).__rtruediv__(3),
      (6).__floordiv__(4), (1).__lshift__(3), (5.0).__radd__(1), True.__and__(False))
print(hasattr(str, '__radd__'), hasattr(list, '__radd__'), hasattr(tuple, '__rsub__'))


class S(set):
    def __or__(self, other):
        return 'mine'


print(S({1}) | {2}, {2} | S({1}), set.__or__(S({1}), {2}), S('ab') == {'a', 'b'})


class F(frozenset):
    pass


print(F([3]), F([3]) | {4}, hash(F([3])) == hash(frozenset([3])), frozenset.__hash__(F()) == hash(frozenset()))
try:
    set.__or__(f, s)
except TypeError:
    print('TypeError')
