# lru_cache keys: a lone int or str argument is its own key, so 1 and 1.0 miss separately
from functools import lru_cache


@lru_cache()
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind('a'), kind(1), kind.cache_info())


@lru_cache(maxsize=2)
def kind2(x, y=0):
    return type(x).__name__ + type(y).__name__


print(kind2(1), kind2(1.0), kind2(1, y=0), kind2(1.0, y=0), kind2.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())
print(kind((1,)), kind(1), kind.cache_info())
try:
    kind([1])
except TypeError as exc:
    print('TypeError', exc)
