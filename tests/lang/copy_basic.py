import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, (3,)); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); d = copy.deepcopy(t2); print(d == t2, d is t2, d[1] is t2[1])
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s)
fs = frozenset([1, 2]); print(copy.copy(fs) is fs)
print(copy.copy(5), copy.deepcopy('x'), copy.copy(None), copy.deepcopy(len) is len)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc is not cyc, dc[1] is dc, dc[0])
dd = {}; dd['self'] = dd
print(copy.deepcopy(dd)['self'] is not dd)
shared = [0]; pair = [shared, shared]
pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is not shared)

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)

class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([5])).v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s1 = Slotted(); s2 = copy.deepcopy(s1); s3 = copy.copy(s1)
print(s2.a, s2.a is s1.a, s3.a is s1.a, hasattr(s2, 'b'))

class State:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self): return {'x': self.x}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
st = copy.deepcopy(State()); print(st.x, st.cache)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
mc = copy.deepcopy(ml); print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
ms = copy.copy(ml); print(type(ms).__name__, ms, ms[1] is ml[1])
class MyDict(dict):
    pass
md = copy.deepcopy(MyDict(a=[1])); print(type(md).__name__, md)
memo = {}
x = [1]; y1 = copy.deepcopy(x, memo); y2 = copy.deepcopy(x, memo); print(y1 is y2)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
