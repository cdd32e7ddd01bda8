# typing names from python 3.10 and 3.11: forms, ParamSpec, TypeVarTuple and helper functions.
import io
import sys
from typing import (Callable, Concatenate, Generic, LiteralString, Never, NoReturn, NotRequired,
                    ParamSpec, Required, Self, Tuple, TypeAlias, TypedDict, TypeGuard,
                    TypeVarTuple, Unpack, assert_never, assert_type, clear_overloads,
                    dataclass_transform, get_args, get_origin, get_overloads, is_typeddict,
                    overload, reveal_type)

P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
print(Self, TypeAlias, Never, LiteralString, NoReturn)
print(TypeGuard[int], Required[int], NotRequired['x'], Unpack[Ts], Concatenate[int, P])
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__, P.args == P.args)
print(Ts, Ts.__name__, list(Ts), Tuple[int, Unpack[Ts]])
print(Callable[P, int], Callable[Concatenate[int, P], int])
print(get_args(Callable[P, int]), get_origin(TypeGuard[int]), get_args(Concatenate[int, P]))
print(Callable[P, int].__parameters__, Concatenate[int, P].__parameters__)
print(P.__bound__, P.__covariant__, ParamSpec('Q', bound=int).__bound__)
print(TypeGuard[int] == TypeGuard[int], Required[int].__origin__, Required[int].__args__)
print(Generic[P], Generic[Unpack[Ts]], repr(Unpack), repr(Concatenate))

for form in (Self, Never):
    try:
        form[int]
    except TypeError as e:
        print(e)
try:
    Self()
except TypeError as e:
    print(e)
try:
    isinstance(1, Self)
except TypeError as e:
    print(e)
for bad in ((int,), (int, int)):
    try:
        Concatenate[bad]
    except TypeError as e:
        print(e)
try:
    assert_never(3)
except AssertionError as e:
    print(repr(e))
try:
    assert_never('x' * 200)
except AssertionError as e:
    print(len(str(e)))
print(assert_type(5, int))


@dataclass_transform(kw_only_default=True, foo=1)
def make(cls):
    return cls


print(make.__dataclass_transform__)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)], f('a'))
clear_overloads()
print(get_overloads(f))


class TD(TypedDict):
    a: int


print(is_typeddict(TD), is_typeddict(dict))


class Node:
    def add(self, *a: P.args, **k: P.kwargs) -> Self:
        return self


X: TypeAlias = 'int'
print(Node.add.__annotations__)
saved, sys.stderr = sys.stderr, io.StringIO()
r = reveal_type([1])
out = sys.stderr.getvalue()
sys.stderr = saved
print(r, repr(out))
