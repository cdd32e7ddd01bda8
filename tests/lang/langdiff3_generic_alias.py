# list[int], dict[str, int] and the other built-in containers parameterised (PEP 585),
# as modern annotations write them: evaluated at def time, they must not raise.
import collections
def f(x: list[int], y: dict[str, list[float]] = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]), f.__annotations__)
print(list[int], dict[str, int], tuple[()], tuple[int, ...], set[str], frozenset[bytes], type[int], list[collections.OrderedDict])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), a == list[int], a != list[str], hash(a) == hash(list[int]), type(a).__name__)
try: isinstance([], list[int])
except TypeError as e: print(e)
class L(list[int]): pass
print(L.__mro__, L([3]))
