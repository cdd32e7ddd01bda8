import pickle, copy
from collections import namedtuple
Point = namedtuple('Point', 'x y')
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps([Point(1, 2), Pair(3, 4)], proto))
    print(proto, p, type(p[0]).__name__, type(p[1]).__name__)
print(copy.deepcopy(Point([1], 2)), copy.copy(Pair(5, 6)))
shared = [0]
pts = [Point(shared, 1), Point(shared, 2)]
c = copy.deepcopy(pts); print(c, c[0].x is c[1].x, c[0].x is not shared)
class R:
    def __init__(self, a): self.a = a; self.log = ["init"]
    def __reduce__(self): return (R, (self.a,))
print(copy.copy(R(1)).log, copy.deepcopy(R([2])).a)

# __getnewargs_ex__: keyword arguments to __new__, for pickle and copy alike.
class KwNew:
    def __new__(cls, a, *, b):
        o = object.__new__(cls)
        o.a, o.b = a, b
        return o

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


for proto in (2, 4, 5):
    k = pickle.loads(pickle.dumps(KwNew(1, b=[2]), proto))
    print('kwnew', proto, k.a, k.b)
k = copy.deepcopy(KwNew(3, b=[4]))
print('kwnew deepcopy', k.a, k.b, copy.copy(KwNew(5, b=6)).b)
