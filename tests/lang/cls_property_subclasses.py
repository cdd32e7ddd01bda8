# property's fset/fdel/__doc__ (also through a subclass), type.__subclasses__,
# dunders that opt out with None, and results of dunders checked as CPython does.
import gc


class P:
    @property
    def x(self):
        "doc x"
        return 1

    @x.setter
    def x(self, v):
        pass

    y = property(lambda s: 2, doc="ydoc")
    z = property(None, None, None, "zdoc")
    w = property(lambda s: 3)

    def _g(self):
        "gdoc"

    v = property(_g, doc="explicit")


print(P.x.__doc__, P.y.__doc__, P.z.__doc__, P.w.__doc__, P.v.__doc__)
print(P.x.fset.__name__, P.x.fdel, P.y.fget(None), P.z.fget)
print(P.v.setter(lambda s, v: None).__doc__)


def g2(self):
    "new getter doc"


print(P.x.getter(g2).__doc__, property().__doc__, property().fget)


class cached(property):
    pass


class Q:
    @cached
    def a(self):
        "adoc"
        return 5


print(Q().a, Q.a.__doc__, type(Q.a).__name__)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
del C, D
gc.collect()
print(A.__subclasses__(), B.__subclasses__())
for i in range(40):
    type("T%d" % i, (A,), {})
gc.collect()
print(len(A.__subclasses__()))


class E(Exception):
    pass


class M(type):
    pass


class X(metaclass=M):
    pass


print(E in Exception.__subclasses__(), type.__subclasses__(M), type.__subclasses__(X))


class Cont:
    __contains__ = None

    def __iter__(self):
        return iter([1])


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


class Huge:
    def __len__(self):
        return 2 ** 70


class BigHash:
    def __hash__(self):
        return 2 ** 64 + 5


class MinusOne:
    def __hash__(self):
        return -1


class Fmt:
    def __format__(self, spec):
        return 5


for f in (lambda: 1 in Cont(), lambda: iter(NoIter()), lambda: len(Huge()), lambda: format(Fmt())):
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(hash(BigHash()), hash(MinusOne()), hash(BigHash()) == hash(2 ** 64 + 5))


class StrHash:
    def __hash__(self):
        return hash("g")


class Wide:
    def __hash__(self):
        return 2 ** 62


print(hash(StrHash()) == hash("g"), hash(Wide()))
