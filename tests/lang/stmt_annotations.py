# Annotated names: a module or class body collects them in __annotations__
# in order (SETUP_ANNOTATIONS, then a store into it per name); a function
# body evaluates nothing; a target that is not a plain name only has its
# parts evaluated.
counter = []


def note(v):
    counter.append(v)
    return v


a: int = 1
b: note("b-ann")
c: "forward" = note(3)
print(__annotations__, a, c, counter)


class C:
    x: int
    y: str = "y"
    z: list = []
    print("in body:", sorted(__annotations__))


print(C.__annotations__, C.y, hasattr(C, "x"))


class D(C):
    w: float = 0.5


print(D.__annotations__, "x" in D.__annotations__)


def f():
    local: note("never") = 5
    return local


print(f(), counter)


class Obj:
    pass


o = Obj()
o.attr: note("attr-ann") = 7
lst = [0]
lst[0]: int = 9
print(o.attr, lst, counter)


# A class namespace that is not a dict gets __annotations__ through its
# __setitem__ too.
class Recording(dict):
    def __setitem__(self, k, v):
        if k == "__annotations__":
            print("namespace got __annotations__")
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


class E(metaclass=Meta):
    q: int = 4
    r: str


print(E.__annotations__, E.q)
