# WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod: entries
# go when their object dies, also while the container is being iterated.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def get(self):
        return self.n


print("-- WeakValueDictionary")
objs = [Obj(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for o in objs:
    d["k%d" % o.n] = o
print(len(d), sorted(d), d["k1"], "k2" in d, d.get("k9", "none"))
del objs[1]
print(len(d), sorted(d), "k1" in d, d.get("k1", "gone"))
try:
    d["k1"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values()))
print(d.pop("k0"), d.pop("k0", "default"), len(d))
print(d.setdefault("k2", Obj(99)), len(d.valuerefs()))
d2 = weakref.WeakValueDictionary({"a": objs[2]}, b=objs[2])
print(sorted(d2.items()), d2.copy()["a"])
print("-- removals while iterating wait for the end")
last = o  # Obj(3), left over from the loop above
it = iter(d)
first = next(it)
objs.clear()
rest = list(it)
print(first, rest, len(d), list(d))
dropped = weakref.WeakValueDictionary()
keep = Obj(5)
dropped["x"] = keep
del dropped
del keep
print("dropping the dict before its values is fine")

print("-- WeakKeyDictionary")
keys = [Obj(i) for i in range(3)]
k = weakref.WeakKeyDictionary()
for o in keys:
    k[o] = o.n * 10
print(len(k), k[keys[0]], keys[1] in k, 5 in k, sorted(k.values()))
del keys[0]
print(len(k), sorted(v for v in k.values()), sorted(o.n for o in k))
k[keys[0]] += 1
print(k.get(keys[0]), k.pop(keys[1]), len(k), k.setdefault(keys[1], 7), len(k.keyrefs()))
del k[keys[0]]
print(len(k))
del o  # the last key, left over from the loop above
keys.clear()
print(len(k), dict(k.items()))

print("-- WeakSet")
members = [Obj(i) for i in range(3)]
s = weakref.WeakSet(members)
print(len(s), members[0] in s, Obj(0) in s, 3 in s, sorted(o.n for o in s))
del members[2]
print(len(s), sorted(o.n for o in s))
s.discard(members[0])
print(len(s))
s.add(members[0])
other = weakref.WeakSet([members[0]])
print(other <= s, s - other == weakref.WeakSet([members[1]]))
for o in s:   # o keeps alive whichever member the set yields first
    members.clear()
    gc.collect()
print(len(s), list(s) == [o])
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)

print("-- WeakMethod")
o = Obj(7)
wm = weakref.WeakMethod(o.get)
print(wm()(), wm() == o.get, weakref.ref(o.get)())
called = []
wm2 = weakref.WeakMethod(o.get, called.append)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del o
print(wm(), wm2(), called == [wm2], wm == wm2)
class Holder:
    def method(self):
        return "m"
h = Holder()
wm3 = weakref.WeakMethod(h.method, called.append)
del Holder.method
gc.collect()
print(wm3(), called[-1] is wm3, h is not None)
