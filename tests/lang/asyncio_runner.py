# asyncio.Runner (3.11): one loop for several top-level runs.
import asyncio

finished = []


async def job(n):
    await asyncio.sleep(0.001)
    return n * 2


async def remember_loop():
    return asyncio.get_running_loop()


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        finished.append('leftover cancelled at close')
        raise


async def leave_task():
    asyncio.get_running_loop().create_task(leftover())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(job(1)), runner.run(job(2)))
    loop = runner.get_loop()
    print(runner.run(remember_loop()) is loop, loop is runner.get_loop())
    print(asyncio.get_event_loop() is loop)
    runner.run(leave_task())
    try:
        runner.run(job)
    except ValueError as e:
        print('ValueError', str(e).split(' at ')[0])
print(finished, loop.is_closed())
coro = job(3)
try:
    runner.run(coro)
except RuntimeError as e:
    coro.close()
    print('RuntimeError', e)
runner.close()   # a second close does nothing

# Exceptions from the coroutine pass out of run(); the Runner stays usable.
r = asyncio.Runner()


async def fail():
    raise KeyError('k')

try:
    r.run(fail())
except KeyError as e:
    print('KeyError', e)
print(r.run(job(5)))
r.close()


async def nested():
    try:
        inner = job(0)
        asyncio.Runner().run(inner)
    except RuntimeError as e:
        inner.close()
        print('RuntimeError', e)

asyncio.run(nested())

# A loop factory's loop is not made the current loop.
made = []


def factory():
    made.append(asyncio.new_event_loop())
    return made[-1]


with asyncio.Runner(loop_factory=factory) as r:
    print(r.run(job(6)), r.get_loop() is made[0])
print(made[0].is_closed())
