# getattr, setattr, hasattr.
class C:
    cls = "class value"
    def __init__(self):
        self.x = 1
    def m(self):
        return "method"
c = C()
print(getattr(c, "x"), getattr(c, "cls"), getattr(c, "nope", "default"), getattr(c, "m")())
setattr(c, "y", 2)
print(c.y, c.__dict__)
setattr(c, "x", "replaced")
print(c.x)
print(hasattr(c, "x"), hasattr(c, "cls"), hasattr(c, "m"), hasattr(c, "zzz"))
print(hasattr("s", "upper"), hasattr(5, "upper"), getattr("abc", "upper")())
setattr(C, "added", "on class")
print(c.added)
name = "dyn"
setattr(c, name, 42)
print(getattr(c, name))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
