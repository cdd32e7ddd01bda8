# functools: partial (nested, keywords, repr-free checks), reduce (with and
# without initial, the empty error), wraps/update_wrapper (name, doc,
# __wrapped__, __dict__), lru_cache (bare and sized, eviction, cache_info,
# cache_clear, typed), cache, total_ordering from each root, cmp_to_key.
import functools

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), functools.partial(square, 3)(), square.func is power, square.args, square.keywords)
p2 = functools.partial(functools.partial(max, 1), 5)
print(p2(3), p2.args)
try:
    functools.partial(3)
except TypeError as e:
    print("TypeError:", e)

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 10))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return func(*args, **kw)
    return wrapper
@logged
def greet(name):
    """Say hello."""
    return "hello " + name
greet_tagged = greet
greet.__dict__["tag"] = 1
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
def plain():
    pass
print(plain.__doc__, functools.update_wrapper(lambda: 0, greet).__name__)

calls = []
@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10
print([slow(1), slow(2), slow(1), slow(3), slow(2), slow(1)], calls)
print(slow.cache_info())
ci = slow.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, tuple(ci))
slow.cache_clear()
print(slow.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().misses, fib.__name__)

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info())

@functools.cache
def sq(x):
    return x * x
print(sq(4), sq(4), sq.cache_info())

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V(2) > V(1))

@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) > G(2))
try:
    @functools.total_ordering
    class N:
        pass
except ValueError as e:
    print("ValueError:", e)

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(by_len_then_alpha)))
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
