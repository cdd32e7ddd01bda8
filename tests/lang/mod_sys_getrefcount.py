# sys.getrefcount: relative changes as references come and go.
import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
alias = o
print(sys.getrefcount(o) - base)
holder = [o, o, o]
print(sys.getrefcount(o) - base)
d = {"k": o}
print(sys.getrefcount(o) - base)
t = (o,)
print(sys.getrefcount(o) - base)
del alias
print(sys.getrefcount(o) - base)
holder.pop()
print(sys.getrefcount(o) - base)
del holder
print(sys.getrefcount(o) - base)
d["k"] = None
print(sys.getrefcount(o) - base)
del t
print(sys.getrefcount(o) - base)
lst = []
lbase = sys.getrefcount(lst)
o.attr = lst
print(sys.getrefcount(lst) - lbase)
o.attr = None
print(sys.getrefcount(lst) - lbase)
print(type(sys.getrefcount(o)).__name__, sys.getrefcount(o) >= 2)
