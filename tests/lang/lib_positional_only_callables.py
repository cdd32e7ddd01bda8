# APIs that call a function with the caller's keyword arguments take that
# function positional-only, as python3's do, so a keyword named like their
# own parameter (fn=, func=, self=) reaches the function instead of
# colliding: Executor.submit, asyncio.to_thread, functools.partial and
# partialmethod.
import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor


def record(**kw):
    return sorted(kw.items())


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(record, fn=1, self=2).result())
    print(ex.submit(dict, fn="x").result())

p = functools.partial(record, func="f", self="s")
print(p(), p.keywords == {"func": "f", "self": "s"})
print(functools.partial(dict, func=3)(extra=4))


class Box:
    def set(self, **kw):
        return sorted(kw)
    put = functools.partialmethod(set, func=1)


print(Box().put(x=0))


async def main():
    return await asyncio.to_thread(record, func=5, args=6)


print(asyncio.run(main()))

# The same for contextvars.Context.run and unittest's cleanups.
import contextvars
import io
import unittest

print(contextvars.copy_context().run(record, callable=7, self=8))


def show(**kw):
    print("cleanup", sorted(kw.items()))


class Cleanups(unittest.TestCase):
    def test_it(self):
        self.addCleanup(show, function=9, self=10)


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Cleanups))
print(result.wasSuccessful())
