# Coroutines driven by hand: await, __await__, send/throw/close, async with.
import types

class Later:
    """An awaitable that suspends once, handing `tag` to the driver."""
    def __init__(self, tag, result):
        self.tag, self.result = tag, result
    def __await__(self):
        got = yield self.tag
        return (self.result, got)

def run(coro, sends=()):
    """A tiny driver: send None, then each value; return the result."""
    sends = list(sends)
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, e.value

async def add(a, b):
    return a + b

async def chain():
    x = await add(1, 2)
    y = await Later("first", 10)
    z = await Later("second", 20)
    return x, y, z

print(run(chain(), ["s1", "s2"]))
c = chain()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 3
async def bad2():
    await BadAwait()
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)

async def raises():
    raise StopIteration
try:
    run(raises())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# not iterable
c = add(1, 2)
try:
    for _ in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()

# __await__ wrapper drives it
w = add(3, 4).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)

# throw and close
async def guarded():
    try:
        await Later("wait", 0)
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally ran")
g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
g = guarded()
g.send(None)
g.close()
print("closed", g.cr_await)

# the awaited-already rule
async def inner():
    await Later("in", 1)
i = inner()
async def outer(c):
    await c
o1 = outer(i); o1.send(None)
try:
    outer(i).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
o1.close()

# async with
class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Later("aenter", 0)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

async def use():
    async with ACM("a") as x, ACM("b", True) as y:
        print("body", x, y)
        raise KeyError("k")
    async with ACM("c"):
        return "done"
print(run(use()))

async def bad_with():
    async with 5:
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

class BadAenter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def bad_with2():
    async with BadAenter():
        pass
try:
    run(bad_with2())
except TypeError as e:
    print("TypeError:", e)
