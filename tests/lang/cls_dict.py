# x.__dict__ is the instance's real dict.
class A:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
o = A()
print(o.__dict__)
o.__dict__["c"] = 3
print(o.c)
o.d = 4
print(o.__dict__)
del o.__dict__["a"]
print(hasattr(o, "a"))
d = o.__dict__
d["b"] = "changed"
print(o.b)
print("cls_attr" in o.__dict__, o.cls_attr)
print(list(o.__dict__.keys()))
print(type(o.__dict__).__name__)
