# Cycles through lists, dicts, instances and __dict__: gc.collect() finds
# each, with python3's count (an instance's attributes are not a separate
# object until its __dict__ is handed out).
import gc

gc.collect()

l = []
l.append(l)
del l
print("self list:", gc.collect())

a, b = [], []
a.append(b)
b.append(a)
del a, b
print("two lists:", gc.collect())

d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

d, l = {}, []
d["l"] = l
l.append(d)
del d, l
print("dict and list:", gc.collect())


class Node:
    pass


x, y = Node(), Node()
x.other = y
y.other = x
del x, y
print("two instances:", gc.collect())

x, y = Node(), Node()
x.other = y
y.other = x
x.__dict__
del x, y
print("one __dict__ handed out:", gc.collect())

n = Node()
n.__dict__["self"] = n
del n
print("through __dict__ itself:", gc.collect())

n = Node()
n.items = [n, (n, {"n": n})]
del n
print("instance, list, tuple, dict:", gc.collect())

# Iterators and views hold their container.
l = []
l.append(iter(l))
del l
print("list and its iterator:", gc.collect())
d = {}
d["keys"] = d.keys()
del d
print("dict and a view:", gc.collect())
# (iterators that cache a result tuple, as CPython's zip and dict items
# iterators do, count differently: only that they are found is checked)
t = ([],)
t[0].append(enumerate(t))
t[0].append(zip(t, t))
t[0].append(map(len, t))
t[0].append(iter(t[0]))
t[0].append(iter({"t": t}.values()))
del t
print("tuple, list, enumerate, zip, map, iterators:", gc.collect() >= 8)

# Nothing unreachable: nothing found, and reachable cycles survive.
keep = []
keep.append(keep)
print("reachable:", gc.collect(), len(keep[0][0]))
print("again:", gc.collect())

# A generation argument collects that generation and the younger ones.
for g in (0, 1, 2):
    l = []
    l.append(l)
    del l
    print("generation", g, gc.collect(g))
print(gc.collect(generation=0))
