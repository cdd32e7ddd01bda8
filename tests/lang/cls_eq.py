# __eq__ drives ==, !=, in, list.index, list.remove.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v
    def __repr__(self):
        return "V(" + str(self.v) + ")"
a, b, c = V(1), V(1), V(2)
print(a == b, a == c, a != b, a != c)
print(a is b)
lst = [c, b]
print(a in lst, V(3) in lst)
print(lst.index(V(1)))
lst.remove(V(2))
print(lst)
print(a == 1, 1 == a)
class Plain:
    pass
p = Plain()
q = Plain()
print(p == p, p == q, p != q)
