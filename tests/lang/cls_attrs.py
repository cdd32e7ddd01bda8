# Class attributes versus instance attributes.
class C:
    shared = []
    count = 0
    label = "class label"
    def __init__(self):
        C.count += 1
        self.own = []
a = C()
b = C()
print(C.count, a.count, b.count)
a.shared.append("via a")
print(b.shared, C.shared)
a.own.append(1)
print(a.own, b.own)
a.label = "instance label"
print(a.label, b.label, C.label)
del a.label
print(a.label)
C.label = "changed on class"
print(a.label, b.label)
C.newattr = 5
print(a.newattr)
print("label" in a.__dict__, "own" in a.__dict__)
class D:
    x = 1
    y = x + 1        # class body sees its own names
    lst = [x, y]
print(D.x, D.y, D.lst)
