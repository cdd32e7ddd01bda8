# del of names, subscripts, attributes and several targets.
a = 1
b = 2
c = 3
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b, c
for name in ["b", "c"]:
    try:
        print(b if name == "b" else c)
    except NameError as e:
        print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[0], lst[0]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, "p"), hasattr(o, "q"), o.__dict__)
try:
    del o.p
except AttributeError as e:
    print("AttributeError")
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError:
        return "UnboundLocalError"
print(f())
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
