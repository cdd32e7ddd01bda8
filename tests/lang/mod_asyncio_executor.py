# asyncio and threads: run_in_executor and to_thread run blocking calls on
# real threads (overlapping, since time.sleep releases the GIL);
# call_soon_threadsafe wakes a loop blocked in its selector; wrap_future.
import asyncio
import concurrent.futures
import threading
import time


def blocking(x):
    time.sleep(0.1)
    return x * 2, threading.current_thread() is threading.main_thread()


def fails():
    raise OSError('disk on fire')


async def main():
    loop = asyncio.get_running_loop()
    print('run_in_executor:', await loop.run_in_executor(None, blocking, 21))
    print('to_thread:', await asyncio.to_thread(blocking, 5))
    print('to_thread kwargs:', await asyncio.to_thread(int, '11', base=2))

    # four 0.1 s sleeps on four threads overlap
    start = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    elapsed = time.monotonic() - start
    print('overlapped:', [r[0] for r in results], elapsed < 0.35)

    try:
        await loop.run_in_executor(None, fails)
    except OSError as e:
        print('executor exception:', e)

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        print('own executor:', await loop.run_in_executor(pool, blocking, 1))
        cf = pool.submit(blocking, 2)
        print('wrap_future:', await asyncio.wrap_future(cf))
    try:
        asyncio.wrap_future(42)
    except (TypeError, AssertionError) as e:   # python3 asserts; gilvm raises TypeError
        print('wrap_future(42):', e)

    # another thread completes a future through call_soon_threadsafe; the
    # loop has nothing else to do, so only the self-pipe can wake it
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'from ' + threading.current_thread().name)
    t = threading.Thread(target=from_thread, name='helper')
    t.start()
    print('threadsafe:', await fut)
    t.join()

    # many callbacks from several threads all arrive
    count = [0]
    done = loop.create_future()

    def bump():
        count[0] += 1
        if count[0] == 400 and not done.done():
            done.set_result(None)

    def spam():
        for _ in range(100):
            loop.call_soon_threadsafe(bump)
    threads = [threading.Thread(target=spam) for _ in range(4)]
    for th in threads:
        th.start()
    await asyncio.wait_for(done, 2)
    for th in threads:
        th.join()
    print('threadsafe count:', count[0])

    # a thread hands coroutines to the loop and blocks on their outcome
    async def double_later(x):
        await asyncio.sleep(0.01)
        if x < 0:
            raise ValueError('negative')
        return 2 * x

    def thread_side():
        got = [asyncio.run_coroutine_threadsafe(double_later(4), loop).result(timeout=2)]
        try:
            asyncio.run_coroutine_threadsafe(double_later(-1), loop).result(timeout=2)
        except ValueError as e:
            got.append(str(e))
        slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
        time.sleep(0.02)
        got.append(slow.cancel())
        return got
    print('run_coroutine_threadsafe:', await asyncio.to_thread(thread_side))
    await asyncio.sleep(0.01)
    print('tasks left:', len(asyncio.all_tasks()))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print('not a coroutine:', e)

    # a thread cannot use get_running_loop: no loop runs there
    def no_loop():
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            return str(e)
    print('in thread:', await asyncio.to_thread(no_loop))

    # a loop can be run on a thread of its own
    def thread_loop():
        inner = asyncio.new_event_loop()
        try:
            return inner.run_until_complete(asyncio.sleep(0.01, 'thread loop'))
        finally:
            inner.close()
    print('loop in thread:', await asyncio.to_thread(thread_loop))

    # the loop keeps turning while the default executor's threads are joined
    ticks = []
    loop.run_in_executor(None, time.sleep, 0.05)

    async def ticker():
        while True:
            ticks.append(1)
            await asyncio.sleep(0.005)
    tick_task = asyncio.create_task(ticker())
    await loop.shutdown_default_executor()
    tick_task.cancel()
    print('ticked while joining:', len(ticks) > 2)
    try:
        loop.run_in_executor(None, abs, -7)
    except RuntimeError as e:
        print('after shutdown:', e)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        print('an explicit executor still works:', await loop.run_in_executor(pool, abs, -7))


asyncio.run(main())
