# asyncio cancellation: Task.cancel (with and without a message), catching
# CancelledError to clean up, wait_for timeouts, shield, wait() and
# as_completed, gather cancelling its children.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name + ' woke')
        return name
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 'ignored cancel'


async def slow_value(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    print('CancelledError is BaseException only:',
          issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    t = asyncio.create_task(sleeper('t1', 1))
    await asyncio.sleep(0)
    print('cancel:', t.cancel(), 'cancelled yet:', t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print('await cancelled task raised CancelledError')
    print('cancelled:', t.cancelled(), 'second cancel:', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raised CancelledError')

    # cancelled before its first step: the coroutine body never runs
    t = asyncio.create_task(sleeper('never', 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start')

    t = asyncio.create_task(sleeper('t2', 1))
    await asyncio.sleep(0)
    t.cancel('with a reason')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message:', e.args)

    # a task may await in its cleanup and then re-raise the cancellation
    async def tidy():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.001)
            log.append('tidied')
            raise
    t = asyncio.create_task(tidy())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cleanup then re-raise:', t.cancelled())

    # a task may swallow its cancellation
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print('stubborn:', await t, 'cancelled:', t.cancelled())

    # wait_for: in time, and timed out (the inner task is cancelled)
    print('wait_for in time:', await asyncio.wait_for(slow_value('quick', 0.01), 1))
    inner = asyncio.create_task(sleeper('inner', 1))
    try:
        await asyncio.wait_for(inner, 0.02)
    except asyncio.TimeoutError as e:
        print('wait_for timed out:', type(e).__name__, 'inner cancelled:', inner.cancelled())
    # timeout 0: only an already finished future gives its result
    async def instant():
        return 'instant'
    for aw in (instant(), asyncio.ensure_future(instant())):
        try:
            print('wait_for 0:', await asyncio.wait_for(aw, 0))
        except asyncio.TimeoutError:
            print('wait_for 0: TimeoutError')
    finished = asyncio.ensure_future(instant())
    await asyncio.sleep(0)
    print('wait_for 0 on finished:', await asyncio.wait_for(finished, 0))
    print('wait_for None:', await asyncio.wait_for(slow_value('none', 0), None))
    print('wait_for swallowed cancel:', await asyncio.wait_for(stubborn(), 0.01))

    # shield: cancelling the outer future leaves the inner running
    inner = asyncio.create_task(slow_value('shielded', 0.03))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.01))
    try:
        await waiter
    except asyncio.TimeoutError:
        print('shield outer timed out; inner cancelled:', inner.cancelled())
    print('inner still finishes:', await inner)

    # wait(): FIRST_COMPLETED, ALL_COMPLETED with timeout, FIRST_EXCEPTION
    a = asyncio.create_task(slow_value('a', 0.01))
    b = asyncio.create_task(slow_value('b', 0.05))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print('first completed:', [f.result() for f in done], len(pending))
    done, pending = await asyncio.wait({b}, timeout=0.001)
    print('timeout: done', len(done), 'pending', len(pending))
    done, pending = await asyncio.wait({b})
    print('all completed:', [f.result() for f in done], len(pending))

    async def fail():
        await asyncio.sleep(0.01)
        raise KeyError('k')
    f = asyncio.create_task(fail())
    s = asyncio.create_task(slow_value('s', 0.05))
    done, pending = await asyncio.wait([f, s], return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', [repr(x.exception()) for x in done], len(pending))
    s.cancel()
    for bad in ([], a):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    try:
        await asyncio.wait([a], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)

    # as_completed gives results in finishing order
    got = []
    for next_one in asyncio.as_completed([slow_value(3, 0.03), slow_value(1, 0.01),
                                          slow_value(2, 0.02)]):
        got.append(await next_one)
    print('as_completed:', got)
    try:
        for next_one in asyncio.as_completed([slow_value(9, 0.5)], timeout=0.01):
            await next_one
    except asyncio.TimeoutError:
        print('as_completed timed out')

    # cancelling gather cancels its children
    g = asyncio.gather(sleeper('g1', 1), sleeper('g2', 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    await asyncio.sleep(0)

    # a task cancelled while it awaits another task cancels that one too
    inner = asyncio.create_task(sleeper('chain-inner', 1))

    async def outer_waits():
        return await inner
    ot = asyncio.create_task(outer_waits())
    await asyncio.sleep(0)
    ot.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('chain: outer', ot.cancelled(), 'inner', inner.cancelled())

    # cancelling a task inside wait_for cancels what it waits for
    wf_inner = asyncio.create_task(sleeper('wf-inner', 1))
    wf = asyncio.create_task(asyncio.wait_for(wf_inner, 5))
    await asyncio.sleep(0.01)
    wf.cancel()
    try:
        await wf
    except asyncio.CancelledError:
        print('wait_for cancelled: inner', wf_inner.cancelled())
    print('log:', sorted(log))


asyncio.run(main())


# tasks left running when main returns are cancelled by run()
async def leaves_one_behind():
    asyncio.create_task(sleeper('orphan', 5))
    await asyncio.sleep(0)

log.clear()
asyncio.run(leaves_one_behind())
print('after run:', log)

# cancelling the main task surfaces as CancelledError from run()
async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print('run raised CancelledError')
