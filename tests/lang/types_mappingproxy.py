# types.MappingProxyType and a class's __dict__ as a read-only proxy.
import types
from collections import OrderedDict


class A:
    x = 1

    def f(self):
        return 2


class B(A):
    "B's docstring"


d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(d["x"], "x" in d, "y" in d, d.get("y"), d.get("y", 7))
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(d["f"](None), len(d) == len(list(d)), dict(d) == vars(A))
print(type(vars(A)).__name__)

# The proxy is live: setattr on the class shows through it.
A.y = 5
print(d["y"], "y" in A.__dict__)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d["x"]
except TypeError:
    print("TypeError on del")
print(A.x)

# Every class has a __doc__ of its own: None unless it has a docstring.
print("__doc__" in A.__dict__, A.__dict__["__doc__"], B.__doc__, B.__dict__["__doc__"])
print("__module__" in A.__dict__, "x" in B.__dict__)

# Over any mapping, reads go to that mapping.
base = {"a": 1, "b": 2}
p = types.MappingProxyType(base)
print(p, repr(p), str(p))
print(list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p.copy(), type(p.copy()).__name__, p.copy() is base)
base["c"] = 3
print(len(p), p["c"], p == {"a": 1, "b": 2, "c": 3}, p != base, p == base)
o = types.MappingProxyType(OrderedDict([("z", 0)]))
print(repr(o), type(o.copy()).__name__)
print(types.MappingProxyType(mapping={"k": "v"}))
try:
    p["a"] = 9
except TypeError as e:
    print("TypeError", e)
try:
    p.setdefault("q", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
try:
    p["missing"]
except KeyError as e:
    print("KeyError", e)

for bad in ([1, 2], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MappingProxyType()
except TypeError as e:
    print("TypeError", e)
try:
    p.keys(1)
except TypeError:
    print("TypeError on keys(1)")
try:
    p.get()
except TypeError as e:
    print("TypeError", e)


class M:
    """A mapping by __getitem__ alone."""

    def __getitem__(self, k):
        return k * 2


print(types.MappingProxyType(M())["ab"])
try:
    class NoItems:
        pass
    types.MappingProxyType(NoItems())
except TypeError as e:
    print("TypeError", e)

MP = types.MappingProxyType
for a, k in (((1, 2), {}), ((), {"x": 1}), (({},), {"mapping": {}})):
    try:
        MP(*a, **k)
    except TypeError as e:
        print("TypeError", e)
print(MP.__module__, MP.__name__, repr(MP), bool(MP({})), bool(p))
try:
    class Sub(MP):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    p.a = 1
except AttributeError as e:
    print("AttributeError", e)
