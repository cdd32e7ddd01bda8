# asyncio.TaskGroup (3.11): waits for its tasks, and on a failure cancels
# the rest and raises the failures together as an ExceptionGroup.
import asyncio

log = []


async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    if fail is not None:
        log.append(name + ' fails')
        raise fail
    log.append(name + ' done')
    return name.upper()


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('a', 0.02))
        t2 = tg.create_task(worker('b', 0.01), name='second')
        print('in block', repr(tg), t2.get_name())
    print('after block', t1.result(), t2.result(), repr(tg))


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('slow1', 1))
            tg.create_task(worker('bad', 0.01, ValueError('boom')))
            tg.create_task(worker('slow2', 1))
            await asyncio.sleep(1)
            log.append('block not reached')
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
        print('cause', eg.__cause__, 'suppressed', eg.__suppress_context__)


async def two_fail():
    """Two children that fail in the same loop round both join the group."""
    go = asyncio.Event()

    async def fail_on_go(name, exc):
        await go.wait()
        log.append(name + ' fails')
        raise exc
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on_go('x', KeyError('x')))
            tg.create_task(fail_on_go('y', TypeError('y')))
            tg.create_task(worker('z', 1))
            await asyncio.sleep(0.01)
            go.set()
    except ExceptionGroup as eg:
        print(sorted(type(e).__name__ for e in eg.exceptions))


async def block_fails():
    """An error in the block itself cancels the tasks and joins the group."""
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('child', 1))
            await asyncio.sleep(0)
            raise RuntimeError('in block')
    except ExceptionGroup as eg:
        print('block error', [repr(e) for e in eg.exceptions])


async def base_error():
    """A BaseException that is not fatal makes a BaseExceptionGroup."""
    class Stop(BaseException):
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('base', 0.01, Stop('s')))
            tg.create_task(worker('other', 1))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])


async def cancelled_from_outside():
    """Cancelling the task running the group cancels the children too and
    propagates CancelledError."""
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('inner1', 1))
            tg.create_task(worker('inner2', 1))
            await asyncio.sleep(1)
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled(), t.cancelling())


async def misuse():
    tg = asyncio.TaskGroup()
    coro = worker('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    coro = worker('late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()


async def nested_create():
    """A task may add more tasks to its group while the group waits."""
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.01)
            tg.create_task(worker('spawned', 0.01))
            log.append('spawner done')
        tg.create_task(spawner())
    log.append('group exited')


async def main():
    await all_succeed()
    for step in (one_fails, two_fail, block_fails, base_error,
                 cancelled_from_outside, misuse, nested_create):
        log.clear()
        await step()
        print(step.__name__, sorted(log) if step is not nested_create else log)


asyncio.run(main())
