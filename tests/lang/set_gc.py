# The cycle collector sees what sets and frozensets hold: cycles through
# them are collected, finalizers run once, and the exit check finds nothing.
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.peers = set()
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("del", self.name)
a = Node("a")
a.peers.add(a)
del a
print("collected", gc.collect())
b, c = Node("b"), Node("c")
b.peers.add(c)
c.peers.add(b)
del b, c
print("collected", gc.collect())
d = Node("d")
d.frozen = frozenset([d, 1, 2])
del d
print("collected", gc.collect())
e = Node("e")
holder = [frozenset([e])]
e.peers.add(holder[0])
e.back = holder
del e, holder
print("collected", gc.collect())
# a set kept alive from outside keeps its cycle too
f = Node("f")
f.peers.add(f)
keep = f.peers
del f
print("collected", gc.collect(), len(keep))
keep.clear()
print("collected", gc.collect())
# many small cycles through sets, none freed before the collection
class Box:
    pass
gc.disable()
for i in range(1000):
    x = Box()
    x.s = {x, i}
del x
print("collected", gc.collect())
gc.enable()
print("done")
