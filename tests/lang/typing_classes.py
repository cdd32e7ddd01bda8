# Class statements typing turns into other classes (NamedTuple, TypedDict),
# protocols checked by their attributes, and the helper functions.
from typing import (Dict, List, NamedTuple, NewType, Optional, Protocol, TypedDict, cast,
                    final, get_type_hints, no_type_check, overload, runtime_checkable)


class Point(NamedTuple):
    x: int
    y: float = 0.5

    def norm(self):
        return self.x + self.y


p = Point(2)
print(p, p.norm(), Point._fields, Point.__annotations__, p._replace(x=5), p._asdict())
print(isinstance(p, tuple), Point.__mro__, Point(1, 2) == (1, 2))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'), Q.__annotations__)
R = NamedTuple('R', a=int)
print(R(7))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Worse(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)


class Movie(TypedDict, total=False):
    name: str
    year: int


class Film(Movie):
    rating: float


m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__, Film.__annotations__, Film.__total__)
print(Film(name='y', rating=2.0), TypedDict('TD', {'k': int})(k=3))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Person:
    name = "p"

    def greet(self):
        return "hi " + self.name


class Rock:
    pass


class Impl(Named):
    name = "impl"

    def greet(self):
        return "impl!"


print(isinstance(Person(), Named), isinstance(Rock(), Named), Impl().greet(), isinstance(Impl(), Named))
for f in (lambda: isinstance(Person(), Closer), lambda: runtime_checkable(Person)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId.__supertype__, cast(List[int], 'a'))


def f(a: int, b: 'List[int]', *, c: Dict[str, int] = None) -> Optional[str]:
    return None


print(f.__annotations__['a'], f.__annotations__['b'], get_type_hints(f)['b'], get_type_hints(Point))


class Config:
    retries: int = 3
    name: 'str'


class Sub(Config):
    verbose: bool


print(get_type_hints(Sub), Sub.__annotations__)


@overload
def g(x: int) -> int: ...


@overload
def g(x: str) -> str: ...


def g(x):
    return x * 2


print(g(4), g('ab'), final(len) is len, no_type_check(f) is f, f.__no_type_check__)
