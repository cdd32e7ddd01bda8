# __del__ runs the moment the last reference goes, before the next statement.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)
a = Tracked("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")
c = Tracked("c")
c = None
print("after c = None")
d = Tracked("d1")
d = Tracked("d2")
print("after rebinding d")
del d
print("after del d")
x = Tracked("x")
y = Tracked("y")
del x, y
print("after del x, y")
Tracked("temporary")
print("after expression statement")
print(Tracked("argument").name)
print("end")
