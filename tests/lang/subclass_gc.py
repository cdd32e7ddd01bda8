# Instances of list and dict subclasses are containers: the collector walks
# both their items and their __dict__; __del__ runs once; nothing is left.
import gc


class Node(list):
    def __del__(self):
        print("del Node", self.name)


class Table(dict):
    pass


class Box(int):
    pass


class Slotted:
    __slots__ = ("ref", "name")

    def __del__(self):
        print("del Slotted", self.name)


gc.collect()
a = Node()
a.name = "a"
a.append(a)                  # cycle through the items
b = Node()
b.name = "b"
b.me = b                     # cycle through the __dict__
t = Table()
t["self"] = t                # cycle through a dict subclass's items
t2 = Table()
t2.back = t2
x = Box(7)
x.box = [x]                  # an int subclass's __dict__ in a cycle
s = Slotted()
s.name = "s"
s.ref = [s]                  # cycle through a slot
del a, b, t, t2, x, s
print("collected", gc.collect() > 0)
print("again", gc.collect())


class Keeper(dict):
    saved = []

    def __del__(self):
        print("del Keeper, resurrecting once")
        if not Keeper.saved:
            Keeper.saved.append(self)


k = Keeper()
k["k"] = k
del k
gc.collect()
print("saved", len(Keeper.saved), type(Keeper.saved[0]).__name__)
Keeper.saved.clear()
gc.collect()
print("done")
