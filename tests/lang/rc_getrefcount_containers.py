# sys.getrefcount deltas through list/tuple/dict builders, iterators, sorted, enumerate, zip, closures, defaults.
import sys
class T:
    pass
o = T()
b = sys.getrefcount(o)
l = [o] * 5
print(sys.getrefcount(o) - b)
l2 = l[:]
print(sys.getrefcount(o) - b)
l3 = l + l2
print(sys.getrefcount(o) - b)
del l, l2, l3
print(sys.getrefcount(o) - b)
d = dict([(1, o), (2, o)])
print(sys.getrefcount(o) - b)
d.update({3: o})
print(sys.getrefcount(o) - b)
d.clear() if False else d.pop(1)
print(sys.getrefcount(o) - b)
del d
t = tuple([o, o])
print(sys.getrefcount(o) - b)
t = None
it = iter([o])
print(sys.getrefcount(o) - b)
x = next(it)
print(sys.getrefcount(o) - b)
del it, x
s = sorted([o], key=lambda v: 0)
print(sys.getrefcount(o) - b)
del s
e = list(enumerate([o]))
print(sys.getrefcount(o) - b)
del e
z = list(zip([o], [o]))
print(sys.getrefcount(o) - b)
del z
o.me = None
print(sys.getrefcount(o) - b)
f = lambda: o
print(sys.getrefcount(o) - b)
g = (lambda v=o: v)
print(sys.getrefcount(o) - b)
del g
s = "%s" % o if False else str(type(o))
print(sys.getrefcount(o) - b)
print(sys.getrefcount(o) - b)
