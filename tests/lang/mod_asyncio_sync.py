# asyncio synchronisation: Lock, Event, Condition, Semaphore,
# BoundedSemaphore, and Queue/PriorityQueue/LifoQueue with task_done/join.
import asyncio


async def lock_demo():
    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(name + ' in')
            await asyncio.sleep(0.001)
            trace.append(name + ' out')
    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print('lock trace:', trace)
    print('locked after:', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('release unlocked:', e)

    # a cancelled waiter does not keep the lock from the next one
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('w1 cancelled:', w1.cancelled(), 'w2 got it:', w2.done() and w2.result())
    lock.release()


async def event_demo():
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print('before set:', seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print('after set:', seen)
    print('wait on set event:', await ev.wait())
    ev.clear()
    print('cleared:', ev.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0.01)
    print('after one notify:', got)
    async with cond:
        items.append('y')
        cond.notify_all()
    await asyncio.gather(*consumers)
    print('after notify_all:', got)
    for call in (cond.notify, cond.wait):
        try:
            r = call()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('unlocked condition:', e)


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def job(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(i)
    await asyncio.gather(*(job(i) for i in range(5)))
    print('semaphore peak:', peak[0], 'locked:', sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print('bounded locked:', bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('bounded:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('negative:', e)


async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            await asyncio.sleep(0.001)
            consumed.append(item)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print('consumed:', consumed, 'empty:', q.empty(), 'qsize:', q.qsize())

    q = asyncio.Queue(1)
    q.put_nowait('a')
    print('full:', q.full(), 'maxsize:', q.maxsize)
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull')
    print('get_nowait:', q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('task_done:', e)

    # join waits until every item is marked done
    q = asyncio.Queue()
    done_marks = []
    for i in range(3):
        q.put_nowait(i)

    async def slow_worker():
        while not q.empty():
            item = q.get_nowait()
            await asyncio.sleep(0.002)
            done_marks.append(item)
            q.task_done()
    w = asyncio.create_task(slow_worker())
    await q.join()
    print('joined after:', done_marks)
    await w

    # a getter cancelled while waiting does not lose the next item
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('only')
    print('g2 got:', await g2, 'g1 cancelled:', g1.cancelled())
    print('wait_for on empty get:', end=' ')
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('timed out')

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await pq.put(item)
    print('priority:', [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'abc':
        lq.put_nowait(item)
    print('lifo:', [await lq.get() for _ in range(3)])


async def main():
    await lock_demo()
    await event_demo()
    await condition_demo()
    await semaphore_demo()
    await queue_demo()

asyncio.run(main())
