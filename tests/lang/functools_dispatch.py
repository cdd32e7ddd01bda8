# singledispatch, singledispatchmethod, partialmethod, cached_property and
# recursive_repr, as CPython 3.8 defines them.
import collections.abc
import functools
from functools import singledispatch, singledispatchmethod, partialmethod, cached_property


@singledispatch
def describe(x):
    """Describe a value."""
    return "object %r" % (x,)


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


def describe_str(x):
    return "str %s" % x


print(describe.register(str, describe_str) is describe_str)
print(describe(3), "|", describe([1, 2]), "|", describe("hi"), "|", describe(2.5))
print(describe(True))                    # bool dispatches along its MRO to int
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)


class MyList(list):
    pass


print(describe(MyList([1])))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(MyList).__name__)
print(sorted(t.__name__ for t in describe.registry))
print(describe.registry[object] is describe.__wrapped__, float in describe.registry)


# ABCs: a virtual subclass dispatches through its registration
@singledispatch
def kind(x):
    return "other"


@kind.register(collections.abc.Mapping)
def _(x):
    return "mapping"


@kind.register(collections.abc.Sequence)
def _(x):
    return "sequence"


@kind.register(collections.abc.Sized)
def _(x):
    return "sized"


class Box:
    def __len__(self):
        return 1


class Pairs:
    pass


print(kind({}), kind([]), kind((1,)), kind(set()), kind(Box()), kind(3))
print(kind(Pairs()))
collections.abc.Mapping.register(Pairs)
print(kind(Pairs()))                     # the registration reaches the dispatch cache


@kind.register(tuple)
def _(x):
    return "tuple"


print(kind((1,)), kind([]))


# two unrelated ABCs at the same place in the MRO: ambiguous
@singledispatch
def amb(x):
    return "object"


amb.register(collections.abc.Sized, lambda x: "sized")
amb.register(collections.abc.Container, lambda x: "container")
try:
    amb([])
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("Ambiguous dispatch: "))

try:
    describe()
except TypeError as e:
    print("TypeError", e)


def unannotated(x):
    pass


try:
    describe.register(unannotated)
except TypeError as e:
    print("TypeError", str(e).startswith("Invalid first argument to `register()`"))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a", type(arg).__name__)

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "generic", cls.__name__

    @make.register(str)
    @classmethod
    def _(cls, arg):
        return "str", cls.__name__, arg


n = Negator()
print(n.neg(5), n.neg(True), Negator.make(1), Negator.make("s"))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print("NotImplementedError", e.args)
print(Negator.neg.__name__)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, note=""):
        self._alive = bool(state)
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(note="again"))
print(Cell.set_alive(c, note="via class"), c._alive)
bound = c.set_dead
print(type(bound).__name__, bound.args, bound.keywords, bound.__self__ is c)
nested = partialmethod(Cell.set_dead, note="nested")
print(nested.func is Cell.set_state, nested.args, nested.keywords)
try:
    partialmethod(3)
except TypeError as e:
    print("TypeError", e)


class WithClassmethod:
    @classmethod
    def build(cls, a, b):
        return cls.__name__, a, b

    build_one = partialmethod(build, 1)


print(WithClassmethod.build_one(2), WithClassmethod().build_one(3))


class Data:
    calls = 0

    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """The sum, once."""
        Data.calls += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, d.__dict__["total"])
d.total = 10
print(d.total, Data.calls)
del d.total
print(d.total, Data.calls)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)

loose = cached_property(lambda self: 1)
try:
    loose.__get__(Data([]), Data)
except TypeError as e:
    print("TypeError", e)

try:
    class Twice:
        a = b = cached_property(lambda self: 1)
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(cause).__name__, cause)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
a.children.append(Node("b"))
a.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Ring(list):
    @functools.recursive_repr("<loop>")
    def __repr__(self):
        return "Ring" + list.__repr__(self)


r = Ring([1])
r.append(r)
print(repr(r))
