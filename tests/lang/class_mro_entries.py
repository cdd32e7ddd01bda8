# PEP 560 and friends, what typing is built on: a base that is not a class
# stands for what its __mro_entries__ returns (the class keeps the originals
# in __orig_bases__); isinstance/issubclass ask any object whose class
# defines __instancecheck__/__subclasscheck__; functions keep annotations.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class Stand:
    def __init__(self, *entries):
        self.entries = entries

    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return self.entries


s = Stand(Base)
class C(s, dict):
    pass
print(C.__mro__, C.__orig_bases__ == (s, dict), C().hello(), '__orig_bases__' in Base.__dict__)
class D(Stand()):
    pass
print(D.__bases__, D.__orig_bases__[0].entries)
class E(Base):
    pass
print('__orig_bases__' in E.__dict__)

class Wrong:
    def __mro_entries__(self, bases):
        return [Base]
for make in (lambda: type('T', (s,), {}), lambda: type('W', (Wrong(),), {})):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    class W(Wrong()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Checker:
    def __init__(self, kinds):
        self.kinds = kinds

    def __instancecheck__(self, obj):
        return type(obj).__name__ in self.kinds

    def __subclasscheck__(self, cls):
        return cls.__name__ in self.kinds


numbers = Checker({"int", "float"})
print(isinstance(3, numbers), isinstance("3", numbers), isinstance(2.0, (str, numbers)))
print(issubclass(float, numbers), issubclass(str, numbers), issubclass(bool, (numbers, str)))
try:
    isinstance(3, object())
except TypeError as e:
    print("TypeError:", e)


def f(a: int, b: "later" = 2, *, c: list = None, **kw: dict) -> str:
    return a


print(f.__annotations__, f.__kwdefaults__, f.__globals__ is globals())
def g(x):
    return x
print(g.__annotations__, g.__kwdefaults__)
g.__annotations__ = {"x": int}
g.__kwdefaults__ = {"y": 1}
print(g.__annotations__, g.__kwdefaults__)
for name, value in (("__annotations__", 3), ("__kwdefaults__", [])):
    try:
        setattr(g, name, value)
    except TypeError as e:
        print("TypeError:", e)
