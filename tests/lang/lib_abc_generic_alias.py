# collections.abc's generic ABCs subscript as python3's (PEP 585), so typed
# code's def f(xs: Iterable[int]) -> Mapping[str, int] runs; Callable keeps
# its argument list (flat __args__, the list in its repr); Sized and
# Hashable are not generic.
import collections.abc as c
from collections.abc import Iterable, Callable, Mapping
a = c.Callable[[int, str], float]; print(a, a.__args__, a.__origin__ is c.Callable)
b = c.Callable[..., int]; print(b, b.__args__)
print(c.Callable[[], int], c.Callable[[], int].__args__)
for cls in (c.Iterable, c.Iterator, c.Generator, c.Mapping, c.MutableMapping, c.Sequence, c.MutableSequence, c.Set, c.MutableSet, c.Collection, c.Container, c.Reversible, c.Awaitable, c.Coroutine, c.AsyncIterable, c.AsyncIterator, c.KeysView, c.ItemsView, c.ValuesView, c.MappingView, c.ByteString):
    print(cls[int])
print(c.Mapping[str, list[int]], c.Generator[int, None, None])
for bad in (c.Sized, c.Hashable):
    try: bad[int]
    except TypeError as e: print(e)
for bad in (lambda: c.Callable[int], lambda: c.Callable[int, str]):
    try: bad()
    except TypeError as e: print(e)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> Mapping[int, int]:
    return {x: f(x) for x in xs}
print(apply(lambda x: x * x, range(3)), apply.__annotations__["f"])
print(isinstance([], c.Iterable), issubclass(dict, c.Mapping))
