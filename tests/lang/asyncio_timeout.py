# asyncio.timeout / timeout_at (3.11): a deadline for an async-with block,
# which raises the builtin TimeoutError, and the Timeout's when/reschedule/
# expired.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    log.append(name + ' woke')


async def expires():
    try:
        async with asyncio.timeout(0.01) as cm:
            print('repr starts', repr(cm).split(' when=')[0])
            await sleeper('long', 1)
    except TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, repr(e),
              type(e.__cause__).__name__)
    print('expired', cm.expired(), repr(cm))


async def in_time():
    async with asyncio.timeout(1) as cm:
        await sleeper('short', 0.01)
    print('expired', cm.expired(), repr(cm))


async def no_deadline():
    async with asyncio.timeout(None) as cm:
        print('when', cm.when(), repr(cm))
        await sleeper('free', 0.01)
    print('expired', cm.expired())


async def rescheduled():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print('when set', cm.when() > loop.time())
            await sleeper('resched', 1)
    except TimeoutError:
        print('rescheduled deadline hit', cm.expired())
    # Moving the deadline later lets the block finish.
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await sleeper('extended', 0.02)
    print('extended expired', cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)


async def at_deadline():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await sleeper('at', 1)
    except TimeoutError:
        print('timeout_at expired')
    try:
        async with asyncio.timeout_at(loop.time() - 1):   # already past
            await sleeper('past', 1)
    except TimeoutError:
        print('past deadline expires at the first await')


async def caught_inside():
    """A block that swallows the cancellation finishes; no TimeoutError."""
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append('swallowed')
    print('swallowed expired', cm.expired(), asyncio.current_task().cancelling())


async def outer_cancel():
    """A cancel from elsewhere stays a CancelledError."""
    async def body():
        async with asyncio.timeout(1):
            await sleeper('body', 1)
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, not timed out', t.cancelled())


async def nested():
    """The inner deadline fires first: only the inner block times out."""
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await sleeper('nested', 1)
            except TimeoutError:
                log.append('inner timed out')
            await sleeper('after inner', 0.01)
    except TimeoutError:
        log.append('outer timed out')
    print('inner', inner.expired(), 'outer', outer.expired())


async def with_wait_for():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print('wait_for raises builtin TimeoutError', type(e) is TimeoutError)


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    for step in (expires, in_time, no_deadline, rescheduled, at_deadline,
                 caught_inside, outer_cancel, nested, with_wait_for):
        log.clear()
        await step()
        print(step.__name__, log)


asyncio.run(main())
