# asyncio.Barrier (3.11): parties meet, go on together, and a reset or abort
# breaks the wait with BrokenBarrierError.
import asyncio


def state(b):
    return repr(b)[repr(b).index('['):]


async def main():
    log = []
    b = asyncio.Barrier(3)
    print(state(b), b.parties, b.n_waiting, b.broken)

    async def party(name, delay):
        await asyncio.sleep(delay)
        log.append(name + ' arrives')
        index = await b.wait()
        log.append('{} passes with {}'.format(name, index))
        return index

    tasks = [asyncio.create_task(party(n, d)) for n, d in
             (('a', 0.03), ('b', 0.01), ('c', 0.02))]
    await asyncio.sleep(0.025)
    print('waiting', b.n_waiting, state(b))
    print(await asyncio.gather(*tasks))
    print(log)
    print('after round', state(b))

    # The barrier is reusable, and `async with` gives the index too.
    async def via_with():
        async with b as i:
            return i
    print(sorted(await asyncio.gather(via_with(), via_with(), via_with())))

    # reset() breaks the waiting tasks' wait; the barrier then fills anew.
    async def breakable(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            return '{} broken: {}'.format(name, e)
    t1 = asyncio.create_task(breakable('r1'))
    t2 = asyncio.create_task(breakable('r2'))
    await asyncio.sleep(0.01)
    await b.reset()
    print(await t1, '|', await t2, '|', state(b))

    # A cancelled waiter leaves the round without breaking it.
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0.01)
    print('before cancel', b.n_waiting)
    t.cancel()
    await asyncio.sleep(0.01)
    print('after cancel', b.n_waiting, t.cancelled())

    # abort() breaks it for good.
    t = asyncio.create_task(breakable('a1'))
    await asyncio.sleep(0.01)
    await b.abort()
    print(await t, b.broken, state(b))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('later wait:', e, isinstance(e, RuntimeError))

    single = asyncio.Barrier(1)
    print('single', await single.wait(), await single.wait())
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
