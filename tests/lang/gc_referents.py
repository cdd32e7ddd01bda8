# gc.get_referents / get_referrers / is_tracked / get_stats / set_debug / freeze.
import gc

a = [1, "two", None]
b = ("x", a)
d = {5: a}
# python3 3.11 walks a list backwards: compare as sets of reprs
print(sorted(map(repr, gc.get_referents(a))))
print(sorted(map(repr, gc.get_referents(b))))
print(sorted(map(repr, gc.get_referents(d))))
print(len(gc.get_referents(a, b)), gc.get_referents(), gc.get_referents(1, "s"))

holder = [a]
referrers = gc.get_referrers(a)
print(any(r is holder for r in referrers), any(r is b for r in referrers),
      any(r is d for r in referrers))
print(any(r is holder for r in gc.get_referrers(b)))
lonely = [object()]
print([type(r).__name__ for r in gc.get_referrers(lonely[0])])

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(holder))


class C:
    pass


print(gc.is_tracked(C()))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
before = gc.get_stats()[2]
x = []
x.append(x)
del x
n = gc.collect()
after = gc.get_stats()[2]
print(n, after["collections"] - before["collections"], after["collected"] - before["collected"],
      after["uncollectable"])

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
y = [1]
y.append(y)
ident = id(y)
del y
print(gc.collect(), len(gc.garbage), id(gc.garbage[0]) == ident, gc.garbage[0][0])
gc.set_debug(0)
gc.garbage[0].clear()
del gc.garbage[:]
z = []
z.append(z)
del z
print(gc.collect(), gc.garbage)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
