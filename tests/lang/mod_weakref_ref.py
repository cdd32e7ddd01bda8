# weakref.ref and weakref.proxy: what they return, compare, hash and say,
# alive and dead, and which objects they accept.
import re
import sys
import weakref


def addrless(s):
    return re.sub(r"0x[0-9a-fA-F]+", "ADDR", s)


class Thing:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Thing) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return "Thing(%d)" % self.n


print("-- calling a ref")
t = Thing(1)
r = weakref.ref(t)
print(r() is t, r().n)
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(weakref.ReferenceType.__name__, weakref.ReferenceType.__module__, weakref.ReferenceType)
print(r.__callback__)
del t
print(r(), r.__callback__)

print("-- shared plain refs, counted ones")
t = Thing(2)
cb = lambda wr: None
plain = weakref.ref(t)
print(plain is weakref.ref(t), plain is weakref.ref(t, None), weakref.ref(t, cb) is weakref.ref(t, cb))
with_cb = weakref.ref(t, cb)
print(with_cb.__callback__ is cb)
p = weakref.proxy(t)
print(weakref.getweakrefcount(t), weakref.getweakrefs(t) == [plain, p, with_cb])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
del with_cb
print(weakref.getweakrefcount(t))

print("-- equality and hash")
a, b, c = Thing(3), Thing(3), Thing(4)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra == weakref.ref(a, cb), ra == a)
print(hash(ra) == hash(a), {ra: "x"}[rb])
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
hash(rb)
del b
print(ra == rb, rb == rb, rb != rb)
print(hash(rb) == hash(3))
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)

print("-- repr")
t = Thing(5)
r = weakref.ref(t)
print(addrless(repr(r)))
print(addrless(repr(weakref.ref(Thing))), addrless(repr(weakref.ref(addrless))))
print(addrless(repr(weakref.proxy(t))))
del t
print(addrless(repr(r)))

print("-- what can be weakly referenced")
def gen():
    yield 1
g = gen()
for o in (Thing, int, addrless, Thing(6).method, {1}, frozenset(), g, sys, len):
    print(type(o).__name__, weakref.ref(o)() is not None)
class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyError(Exception):
    pass
print(weakref.ref(SlottedWeak())(), weakref.ref(MyFloat(1.5))(), weakref.ref(MyError())())
keep = MyFloat(2.5)
print(weakref.ref(keep)())
for o in (1, "s", (), [], {}, None, 1.5, Slotted(), MyInt(3), Exception(), weakref.ref(Thing)):
    try:
        weakref.ref(o)
        print("accepted", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)

print("-- argument errors")
for args in ((), (1, 2, 3)):
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(Thing, callback=print)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(Thing)(1)
except TypeError as e:
    print("TypeError:", e)

print("-- a subclass of ref")
class NamedRef(weakref.ref):
    def __init__(self, obj, callback=None, name="?"):
        super().__init__(obj, callback)
        self.name = name
    def __new__(cls, obj, callback=None, name="?"):
        return super().__new__(cls, obj, callback)
t = Thing(7)
nr = NamedRef(t, None, name="seven")
print(nr.name, nr(), isinstance(nr, weakref.ref), nr is weakref.ref(t))
print(weakref.ref(nr)() is nr, weakref.getweakrefcount(t))
del t
print(nr())

print("-- proxies")
t = Thing(8)
p = weakref.proxy(t)
print(p.n, p.method(), str(p), p == Thing(8), type(p) is weakref.ProxyType)
p.n = 9
print(t.n, hasattr(p, "missing"))
del p.n
print(hasattr(t, "n"))
items = [3, 1, 2]
class Box:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __add__(self, other):
        return "Box+" + repr(other)
    def __call__(self, *args, **kw):
        return ("called", args, kw)
box = Box()
pb = weakref.proxy(box)
print(len(pb), pb[0], 2 in pb, list(pb), pb + 1, bool(pb))
pb[0] = 10
print(box.items, pb(1, k=2), type(pb) is weakref.CallableProxyType, callable(pb))
try:
    hash(pb)
except TypeError as e:
    print("TypeError:", e)
print(weakref.proxy(box) is pb, weakref.proxy(box, print) is pb)
del box, t
for attempt in (lambda: pb.items, lambda: len(pb), lambda: str(pb), lambda: pb(), lambda: pb + 1):
    try:
        attempt()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(addrless(repr(pb)))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
