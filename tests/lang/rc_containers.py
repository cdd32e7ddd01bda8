# Objects die when the container holding their last reference lets go.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [T("l0"), T("l1"), T("l2")]
print("pop")
lst.pop()
print("pop(0)")
lst.pop(0)
print("overwrite slot")
lst[0] = None
print("list kept:", lst)
d = {"k": T("dv"), "j": T("dj")}
print("dict pop")
d.pop("k")
print("dict del")
del d["j"]
print("dict overwrite")
d["n"] = T("dn1")
d["n"] = T("dn2")
print("drop whole dict")
d = None
t = (T("t0"), T("t1"))
print("drop tuple")
del t
nested = [[T("inner")]]
print("drop outer list")
nested = 0
o = T("holder")
o.child = T("child")
print("delete attribute")
del o.child
o.child = T("child2")
print("drop holder")
del o
print("end")
