# The callable types, their type names and reprs.
def f():
    return 1
class C:
    def m(self):
        return "m"
c = C()
print(type(f).__name__, type(len).__name__, type(c.m).__name__, type(C).__name__, type(c).__name__)
print(type(lambda: 0).__name__, type(print).__name__, type("".join).__name__)
print(repr(len), repr(print), str(abs))
print(type(1), type("s"), type([]), type(None), type(f), type(C), type(c))
print(type(type), type(type(1)))
print(repr(f).startswith("<function f at 0x"), repr(c.m).startswith("<bound method C.m of <__main__.C object at 0x"))
print(repr(C), repr(int), repr(ValueError))
print(type(1) == int, type(True) == bool, type(True) == int, isinstance(True, int))
print(int, str, float, list, tuple, dict, bool, range, bytes)
bm = c.m
print(bm(), C.m(c), f(), (lambda: "lam")())
print(type(ValueError("x")), type(ValueError))
