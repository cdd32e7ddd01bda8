# dataclasses: generated __init__/__repr__/__eq__, ordering, frozen
# instances, defaults and factories, __post_init__, inheritance, and the
# module's functions.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, make_dataclass)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__ is None, [f.name for f in fields(p)], fields(Point)[1].default)
p.x = 10
print(p.x, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    Point()
except TypeError:
    print("TypeError: missing argument")


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v2 >= v1, sorted([v2, v1, Version(0, 9)]))
print(Version(1, 2, "a") == Version(1, 2, "b"), hash(v1) == hash(Version(1, 2, "zzz")))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del v1.minor
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError), {v1: "one"}[Version(1, 2)])


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, init=False)
    ratio: float = field(init=False, default=1.5)

    def __post_init__(self):
        self.total = len(self.items)


a = Inventory("a")
b = Inventory("b", [1, 2, 3])
a.items.append("x")
print(a, b, b.total, a.ratio)
print(Inventory("c").items, Inventory("c").items is Inventory("d").items)


@dataclass
class Base:
    x: int
    y: str = "base"

    def describe(self):
        return "%s/%s" % (self.x, self.y)


@dataclass
class Derived(Base):
    z: float = 1.5
    y: str = "derived"


d = Derived(7)
print(d, d.describe(), [f.name for f in fields(Derived)])


@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()


ln = Line(Point(0, 0), Point(3, 4), ("a", "b"))
print(asdict(ln))
print(astuple(ln))
print(replace(p, y=99), p)
try:
    replace(a, total=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.value = self.value * scale


print(WithInit(3).value, WithInit(3, 10).value, [f.name for f in fields(WithInit)])


@dataclass(eq=False, repr=False)
class Plain:
    a: int

    def __repr__(self):
        return "Plain!"


print(Plain(1), Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") == Key("a"))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError:", e)

Cell = make_dataclass("Cell", [("row", int), ("col", int, field(default=0))])
print(Cell(1), Cell(2, 3) == Cell(2, 3))


@dataclass
class Node:
    val: int
    nxt: "Node" = None


n = Node(1)
n.nxt = n
print(n)
