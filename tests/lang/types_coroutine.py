# types.coroutine, code.replace and assigning __code__.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def inner():
    return "inner"


@types.coroutine
def legacy():
    value = yield from inner()   # a marked generator may delegate to a coroutine
    more = yield from pause("legacy")
    return value, more


async def main():
    a = await pause("first")
    b = await legacy()
    return a, b

c = main()
trail = [c.send(None)]
try:
    while True:
        trail.append(c.send(trail[-1] + "!"))
except StopIteration as e:
    print(trail, e.value)
print(bool(pause.__code__.co_flags & 0x100), pause("x").__class__.__name__)


def plain():
    return 1
print(types.coroutine(plain)())

code = plain.__code__
renamed = code.replace(co_name="renamed", co_firstlineno=99)
print(renamed.co_name, renamed.co_firstlineno, code.co_name)


def other():
    return 2
plain.__code__ = other.__code__
print(plain(), plain.__name__)

try:
    plain.__code__ = 5
except TypeError as e:
    print("TypeError:", e)


def outer():
    x = 1
    def closure():
        return x
    return closure
try:
    plain.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield 1
try:
    gen.__code__.replace(co_bogus=1)
except TypeError as e:
    print("TypeError")
