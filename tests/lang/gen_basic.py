# Generators: next, for loops, list/sum/zip, return values, repr, iter(g) is g.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

g = count(3)
print(iter(g) is g)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object count at 0x"))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(count(5)), sum(count(101)))
print(list(zip(count(3), "abc")))
for x in count(2):
    print("for", x)

class Box:
    def items(self):
        yield from range(3)
print(Box().items.__qualname__ if hasattr(Box().items, "__qualname__") else "")
print(repr(Box().items()).startswith("<generator object Box.items at 0x"))

def outer():
    def inner():
        yield 1
    return inner()
print(repr(outer()).startswith("<generator object outer.<locals>.inner at"))

def empty():
    return
    yield
print(list(empty()))

def args(a, b=2, *rest, k=3, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield sorted(kw.items())
print(list(args(1, 5, 6, 7, k=9, z=1)))

def closure():
    x = 10
    def gen():
        nonlocal x
        while x < 13:
            yield x
            x += 1
    return gen
print(list(closure()()))

print(list(x * x for x in range(5)))
print(sum(x for x in range(10) if x % 2))
ge = (c for c in "hi")
print(repr(ge).startswith("<generator object <genexpr> at"))
print(next(ge), list(ge))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
