# aiter() and anext(): the builtins behind `async for`, with anext's default.
import builtins


def run(coro):
    """Drive a coroutine that awaits nothing but plain yields."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def agen(n):
    for i in range(n):
        yield i * 10


class Counter:
    """A hand-written async iterator whose __anext__ is a coroutine."""

    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    g = agen(2)
    it = aiter(g)
    print(it is g)
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(it, 'done'), await anext(it, None))
    c = aiter(Counter(2))
    print(await anext(c, -1), await anext(c, -1), await anext(c, -1))
    try:
        await anext(c)
    except StopAsyncIteration:
        print('Counter exhausted')
    # An error other than the end passes through the default.
    async def broken():
        yield 1
        raise ValueError('bad step')
    b = broken()
    print(await anext(b, 0))
    try:
        await anext(b, 0)
    except ValueError as e:
        print('ValueError', e)
    return 'ok'


print(run(main()))
print('aiter' in dir(builtins), 'anext' in dir(builtins))
print(type(anext(agen(1), 0)).__name__)

# The awaitable with a default, driven by hand: send/throw/close.
aw = anext(agen(1), 'dflt')
try:
    aw.send(None)
except StopIteration as stop:
    print('first', stop.value)
aw = anext(agen(0), 'dflt')
try:
    next(aw.__await__())
except StopIteration as stop:
    print('empty', stop.value)
aw = anext(agen(1), 'dflt')
try:
    aw.throw(KeyError('k'))
except KeyError as e:
    print('thrown', repr(e))


class Plain:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


print(anext(Plain()))          # no default: __anext__'s result as it is
try:
    run(anext(Plain(), 1))     # with one, it must be awaitable
except TypeError as e:
    print('TypeError', e)


class BadAiter:
    def __aiter__(self):
        return 5


for src in ['aiter(1)', 'anext(1)', 'aiter()', 'anext()', 'anext(1, 2, 3)',
            'aiter(1, 2)', 'aiter(x=1)', 'anext(x=1)', 'aiter(BadAiter())',
            'anext(iter([1]))']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', e)

# What an await inside the generator yields passes out through the awaitable.
import types


@types.coroutine
def pause():
    got = yield 'paused'
    print('resumed with', got)


async def slow():
    await pause()
    yield 'v'


s = slow()
aw = anext(s, 'd')
print(aw.send(None))
try:
    aw.send('x')
except StopIteration as stop:
    print('value', stop.value)
aw = anext(s, 'd')
try:
    aw.send(None)
except StopIteration as stop:
    print('after end', stop.value)
aw = anext(slow(), 'd')
print(aw.send(None))
print(aw.close())
