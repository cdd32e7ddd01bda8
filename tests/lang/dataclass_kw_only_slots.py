# dataclasses as python3.11: kw_only fields, the KW_ONLY sentinel, slots=True, __match_args__.
from dataclasses import dataclass, field, fields, KW_ONLY, make_dataclass, replace


@dataclass
class A:
    x: int
    y: int = 0
    z: int = field(kw_only=True)


a = A(1, z=3)
print(a, A.__match_args__)
print([(f.name, f.kw_only) for f in fields(A)])
try:
    A(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    A(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(B(5, c=2), B.__match_args__, "_" in B.__dataclass_fields__)
print([f.name for f in fields(B)])


@dataclass(kw_only=True)
class C:
    p: int = 1
    q: int
    r: int = field(kw_only=False, default=7)


print(C(q=2), C(0, q=3), C.__match_args__)


@dataclass
class D(C):
    s: int = 8


print(D(9, q=1), D.__match_args__)
print(replace(D(9, q=1), q=5))

for bad in ("pos", "kwonly2", "classvar"):
    try:
        if bad == "pos":
            @dataclass
            class E:
                a: int = 1
                b: int
        elif bad == "kwonly2":
            @dataclass
            class E:
                _: KW_ONLY
                a: int
                y: KW_ONLY
        else:
            from typing import ClassVar

            @dataclass
            class E:
                a: ClassVar[int] = field(default=1, kw_only=True)
    except TypeError as e:
        print(bad, "TypeError", e)


@dataclass(slots=True)
class S:
    x: int
    y: list = field(default_factory=list)
    z: int = field(default=4, init=False)


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), "x" in S.__dict__ and not isinstance(S.__dict__["x"], int))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError")
s.x = 10
print(s, S.__qualname__, S.__name__)


@dataclass(slots=True, frozen=True)
class F:
    a: int


f = F(3)
print(f, hash(f) == hash(F(3)))
try:
    f.a = 4
except AttributeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(slots=True)
    class G:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError", e)
try:
    dataclass(weakref_slot=True)(type("H", (), {}))
except TypeError as e:
    print("TypeError", e)

M = make_dataclass("M", [("a", int), ("b", int, field(kw_only=True))], slots=True)
print(M(1, b=2), M.__slots__, M.__match_args__)


def where(v):
    match v:
        case A(x, y):
            return ("A", x, y)
        case B(a):
            return ("B", a)
    return None


print(where(A(1, 2, z=0)), where(B(4, c=0)))
print(repr(field(kw_only=True)).split("metadata=")[1].replace("mappingproxy({})", "{}"))
