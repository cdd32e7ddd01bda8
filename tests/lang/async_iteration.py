# async for over async iterators and async generators; async comprehensions.
class Later:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def run(coro):
    """Drive a coroutine, answering each suspension with its tag + '!'."""
    trail = []
    try:
        v = coro.send(None)
        while True:
            trail.append(v)
            v = coro.send(str(v) + "!")
    except StopIteration as e:
        return trail, e.value

class Countdown:
    """A hand-written async iterator."""
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Later("tick%d" % self.n)
        return self.n

async def ticker(n):
    for i in range(n):
        got = await Later("gen%d" % i)
        yield i, got
    print("ticker done")

async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for pair in ticker(2):
        out.append(pair)
    squares = [i * i async for i, _ in ticker(3) if i]
    total = {k: v async for k, v in ticker(2)}
    lazy = (i async for i, _ in ticker(2))
    got = [x async for x in lazy]
    awaited = [await Later(x) for x in "ab"]
    for i in range(3):
        async for v in Countdown(5):
            if v == 3:
                continue
            if v == 1:
                break
            out.append((i, v))
    return out, squares, total, got, awaited
print(run(main()))

async def early():
    agen = ticker(5)
    async for pair in agen:
        if pair[0] == 1:
            break
    print(await agen.asend("sent"))
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("stopped after aclose")
    return "early done"
print(run(early()))

async def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "handled " + str(e)
    finally:
        print("thrower finally")

async def use_throw():
    g = thrower()
    print(await g.__anext__())
    print(await g.athrow(ValueError("x")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = thrower()
    print(await g2.__anext__())
    await g2.aclose()
    return "ok"
print(run(use_throw()))

async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(run(close_stubborn()))

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)

class NoAnext:
    def __aiter__(self):
        return 1
async def bad_for2():
    async for x in NoAnext():
        pass
try:
    run(bad_for2())
except TypeError as e:
    print("TypeError:", e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def bad_for3():
    async for x in BadAnext():
        pass
try:
    run(bad_for3())
except TypeError as e:
    print("TypeError:", e)

async def raises_in_body():
    async for v in Countdown(2):
        raise KeyError(v)
try:
    run(raises_in_body())
except KeyError as e:
    print("KeyError:", e)

async def agen_stop():
    raise StopAsyncIteration
    yield
async def use_agen_stop():
    async for x in agen_stop():
        pass
try:
    run(use_agen_stop())
except RuntimeError as e:
    print("RuntimeError:", e)

a = ticker(1)
print(type(a).__name__, a.__name__, a.ag_running, a.ag_await, type(a.__anext__()).__name__)
print(type(a.aclose()).__name__, a.__aiter__() is a)
