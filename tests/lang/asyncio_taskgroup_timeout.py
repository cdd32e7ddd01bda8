# TaskGroup and timeout together, and anext/aiter under a running loop:
# each one's cancellation is taken back by the one that made it.
import asyncio

# Which child a group cancels first depends on its set's order: collect them.
cancelled = []


def report(what, *rest):
    print(what, *rest, 'cancelled children:', sorted(cancelled))
    cancelled.clear()


async def child(n, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
    if fail:
        raise ValueError(n)
    return n

async def main():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1, 1))
                tg.create_task(child(2, 1))
    except TimeoutError:
        report('group timed out', asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(3, 0.01, True))
                tg.create_task(child(4, 1))
    except ExceptionGroup as eg:
        report('group error inside timeout', eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(5, 0.01, True))
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except ExceptionGroup as eg:
        report('timeout inside group', eg.exceptions)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(6, 1))
        await asyncio.sleep(0.01)
        t.cancel()
    report('child cancelled alone', t.cancelled())
    g = asyncio.TaskGroup()
    print(repr(g))
    async def gen():
        yield 1
        await asyncio.sleep(0.01)
        yield 2
    it = gen()
    print(await anext(it), await anext(it), await anext(it, 'end'))
    print([x async for x in aiter(gen())])

asyncio.run(main())
