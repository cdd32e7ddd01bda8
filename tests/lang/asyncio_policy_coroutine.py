# Event loop policies decide which loop asyncio uses; generator-based
# coroutines (types.coroutine, and 3.8's asyncio.coroutine) run in it.
import asyncio
import threading
import types
import warnings

default = asyncio.get_event_loop_policy()
print('default', isinstance(default, asyncio.DefaultEventLoopPolicy), isinstance(default, asyncio.AbstractEventLoopPolicy),
      asyncio.get_event_loop_policy() is default)


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    def __init__(self):
        super().__init__()
        self.made = []

    def new_event_loop(self):
        loop = super().new_event_loop()
        self.made.append(loop)
        return loop


class FixedPolicy(asyncio.AbstractEventLoopPolicy):
    """Every request gets the one loop."""

    def __init__(self):
        self.loop = asyncio.SelectorEventLoop()

    def get_event_loop(self):
        return self.loop

    def set_event_loop(self, loop):
        pass

    def new_event_loop(self):
        return self.loop


async def which():
    return asyncio.get_running_loop()


policy = CountingPolicy()
asyncio.set_event_loop_policy(policy)
print('installed', asyncio.get_event_loop_policy() is policy)
loop = asyncio.run(which())
print('run used the policy', policy.made == [loop], loop.is_closed())
fresh = asyncio.new_event_loop()
print('new_event_loop too', policy.made[-1] is fresh, len(policy.made))
asyncio.set_event_loop(fresh)
print('current', asyncio.get_event_loop() is fresh)
fresh.close()
asyncio.set_event_loop(None)

errors = []


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=in_thread, name='worker')
t.start()
t.join()
print('thread', errors)

fixed = FixedPolicy()
asyncio.set_event_loop_policy(fixed)
print('fixed', asyncio.new_event_loop() is fixed.loop, asyncio.get_event_loop() is fixed.loop)
print('fixed runs', fixed.loop.run_until_complete(which()) is fixed.loop)
fixed.loop.close()

asyncio.set_event_loop_policy(None)
again = asyncio.get_event_loop_policy()
print('reset', isinstance(again, asyncio.DefaultEventLoopPolicy), again is not default, again is not policy)

# Generator-based coroutines: `yield from` futures and other coroutines.
coroutine = getattr(asyncio, 'coroutine', types.coroutine)
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)

    @coroutine
    def double_later(x):
        yield from asyncio.sleep(0.01)
        fut = asyncio.get_running_loop().create_future()
        fut.get_loop().call_soon(fut.set_result, x * 2)
        result = yield from fut
        return result

    @coroutine
    def chain(x):
        first = yield from double_later(x)
        second = yield from double_later(first)
        return first, second

    @coroutine
    def failing():
        yield from asyncio.sleep(0)
        raise KeyError('inside')


async def main():
    print('awaited', await double_later(5), await chain(1))
    print('gathered', await asyncio.gather(double_later(1), chain(3), double_later(4)))
    print('task', await asyncio.ensure_future(chain(10)))
    try:
        await failing()
    except KeyError as e:
        print('raised', e)
    print('wait_for', await asyncio.wait_for(double_later(7), 1))

asyncio.run(main())
