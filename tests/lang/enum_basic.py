# enum: members are singletons with a name and a value; lookup by value
# and by name; aliases; auto; IntEnum and IntFlag are ints; Flag combines.
# (Only what CPython 3.8 and 3.11 show alike: no str() of IntEnum members,
# no repr of combined flags.)
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color))
print([m.name for m in reversed(Color)])
print(list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.BLUE.describe(), Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(repr(Color), "%s" % Color.GREEN, "{}".format(Color.GREEN), f"{Color.BLUE:>12}|")
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError:
    print("AttributeError")
try:
    Color.RED < Color.BLUE
except TypeError:
    print("TypeError: no ordering")


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print([(m.name, m.value) for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()


print(Named.NORTH.value, Named("south"))


class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Prio.MID + 1, Prio.HIGH > Prio.LOW, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW, 3]))
print(repr(Prio.MID), Prio(10).name, isinstance(Prio.LOW, int), int(Prio.HIGH))
print(["ab", "cd", "ef"][Prio.LOW], f"{Prio.MID:03d}", hash(Prio.MID) == hash(5))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw.value, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), bool(Perm.R & rw))
print((rw ^ Perm.W) is Perm.R, (Perm.R | Perm.W | Perm.X).value, Perm(6) is rw, Perm(0).value)
print(repr(Perm.R), Perm.W, bool(Perm(0)))


class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()


print([m.value for m in Open], (Open.READ | Open.WRITE).value, Open.APPEND | 1 == 5)
print(isinstance(Open.READ | 8, Open), int((Open.READ | 8) & 8), Open.WRITE + 1)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_rank(self):
        return self.mass / self.radius ** 3


print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH.density_rank > Planet.MERCURY.density_rank)


class Shade(str, Enum):
    DARK = "dark"
    LIGHT = "light"


print(Shade.DARK == "dark", Shade("light").name, Shade.DARK.upper(), repr(Shade.LIGHT))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Pair = Enum("Pair", [("ONE", 1), ("TWO", 2)])
print(Pair(2), Pair.ONE.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(unique(Prio) is Prio)

try:
    class More(Color):
        PINK = 9
except TypeError:
    print("TypeError")


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Greet(Base):
    HI = 1


print(Greet.HI.hello(), Greet(1))

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError:
    print("TypeError")
