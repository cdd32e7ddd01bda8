# __len__ and __getitem__ on user classes; truth value from __len__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq(3)
print(len(s), s[0], s[2], bool(s), bool(Seq(0)))
try:
    s[5]
except IndexError as e:
    print("IndexError:", e)
if not Seq(0):
    print("empty Seq is falsy")
class Table:
    def __init__(self):
        self.d = {}
    def __getitem__(self, key):
        return self.d.get(key, "default for " + str(key))
    def __setitem__(self, key, value):
        self.d[key] = value
t = Table()
t["a"] = 1
print(t["a"], t["b"], t[(1, 2)])
class Truthy:
    def __bool__(self):
        return False
print(bool(Truthy()), "yes" if Truthy() else "no")
try:
    len(Truthy())
except TypeError as e:
    print("TypeError:", e)
