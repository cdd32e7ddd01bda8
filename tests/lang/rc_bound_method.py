# References held by bound methods, closures and defaults keep objects alive.
class T:
    def __init__(self, name):
        self.name = name
    def method(self):
        return self.name
    def __del__(self):
        print("del", self.name)
m = T("via bound method").method
print("bound method holds the instance:", m())
del m
print("after del m")
def make():
    obj = T("via closure")
    return lambda: obj.name
f = make()
print("closure holds it:", f())
f = None
print("after f = None")
def with_default(x=T("via default")):
    return x.name
print(with_default())
del with_default
print("after del with_default")
class Holder:
    pass
h = Holder()
h.child = T("via attribute")
h2 = h
del h
print("holder still referenced by h2")
h2 = None
print("end")
