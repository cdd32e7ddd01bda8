# asyncio core: run, tasks, gather, sleep ordering, call_soon/call_later
# order, results and exceptions crossing await, loop lifecycle errors.
import asyncio

order = []


async def worker(name, delay, result):
    order.append(name + ' start')
    await asyncio.sleep(delay)
    order.append(name + ' end')
    return result


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError('boom after %s' % delay)


async def main():
    loop = asyncio.get_running_loop()
    print('running loop is the event loop:', loop is asyncio.get_event_loop())
    print('is_running:', loop.is_running())
    print('an AbstractEventLoop:', isinstance(loop, asyncio.AbstractEventLoop))

    # gather keeps argument order whatever the finishing order
    results = await asyncio.gather(worker('a', 0.03, 1), worker('b', 0.01, 2),
                                   worker('c', 0, 3))
    print('gather:', results)
    print('order:', order)

    # sleep(0) yields exactly once: tasks interleave step by step
    steps = []

    async def stepper(tag):
        for i in range(3):
            steps.append('%s%d' % (tag, i))
            await asyncio.sleep(0)
    await asyncio.gather(stepper('x'), stepper('y'))
    print('steps:', steps)

    # callbacks: call_soon in FIFO order, call_later by deadline, cancel()
    calls = []
    loop.call_later(0.02, calls.append, 'late')
    loop.call_later(0.01, calls.append, 'early')
    h = loop.call_later(0.005, calls.append, 'cancelled')
    loop.call_soon(calls.append, 'soon1')
    loop.call_soon(calls.append, 'soon2')
    h.cancel()
    print('handle cancelled:', h.cancelled())
    fut = loop.create_future()
    loop.call_at(loop.time() + 0.03, fut.set_result, 'at')
    print('call_at:', await fut)
    print('calls:', calls)

    # many cancelled timers (enough to make the loop rebuild its heap):
    # the survivors still fire, in deadline order
    fired = []
    handles = [loop.call_later(0.001 * (i % 7), fired.append, i) for i in range(300)]
    for i, handle in enumerate(handles):
        if i % 50:
            handle.cancel()
    await asyncio.sleep(0.02)
    print('survivors:', fired)

    # tasks: names, result, current_task, all_tasks
    t = asyncio.create_task(worker('t', 0, 'tv'), name='named')
    print('name:', t.get_name(), 'done:', t.done())
    t.set_name('renamed')
    print('await task:', await t, t.get_name(), 'result():', t.result())
    print('current task is a Task:', isinstance(asyncio.current_task(), asyncio.Task))
    print('all_tasks has main only:', asyncio.all_tasks() == {asyncio.current_task()})

    # exceptions cross await and gather
    try:
        await boom(0)
    except ValueError as e:
        print('caught:', e)
    try:
        await asyncio.gather(worker('g', 0.02, 'g'), boom(0.01))
    except ValueError as e:
        print('gather raised:', e)
    res = await asyncio.gather(boom(0), worker('h', 0, 'h'), return_exceptions=True)
    print('return_exceptions:', [repr(r) for r in res])
    print('gather() of nothing:', await asyncio.gather())

    # a failed task keeps its exception for result()/exception()
    bad = asyncio.ensure_future(boom(0))
    await asyncio.sleep(0.01)
    print('bad done:', bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print('result() raised:', e)

    # futures: state errors
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    f.set_result(5)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError:
        print('second set_result refused')
    got = []
    g = loop.create_future()
    g.add_done_callback(lambda fut: got.append(('cb1', fut.result())))

    def unwanted(fut):
        got.append('unwanted')
    g.add_done_callback(unwanted)
    g.add_done_callback(unwanted)
    print('removed:', g.remove_done_callback(unwanted))
    g.set_result('r')
    print('callback not run inline:', got)
    await asyncio.sleep(0)
    print('callback after a turn:', got)

    print('iscoroutinefunction:', asyncio.iscoroutinefunction(main),
          asyncio.iscoroutinefunction(print))
    c = worker('unused', 0, 0)
    print('iscoroutine:', asyncio.iscoroutine(c), asyncio.iscoroutine(1))
    c.close()
    print('sleep result:', await asyncio.sleep(0.001, result='slept'))
    return 'main done'


print(asyncio.run(main()))

# an exception escaping the main coroutine escapes run()
try:
    asyncio.run(boom(0))
except ValueError as e:
    print('run raised:', e)

try:
    asyncio.run(1)
except ValueError as e:
    print('run(1):', e)

# run_until_complete / run_forever / stop / close
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('run_until_complete:', loop.run_until_complete(worker('r', 0, 'ruc')))
loop.call_later(0.01, loop.stop)
loop.call_soon(print, 'in run_forever')
loop.run_forever()
print('after stop, running:', loop.is_running())


async def nested():
    c = worker('n', 0, 0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('nested run:', e)
    c.close()
    f = loop.create_future()
    try:
        loop.run_until_complete(f)
    except RuntimeError as e:
        print('nested run_until_complete:', e)

coro = nested()
loop.run_until_complete(coro)
loop.close()
print('closed:', loop.is_closed())
try:
    loop.call_soon(print, 'never')
except RuntimeError as e:
    print('closed loop:', e)
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('get_running_loop:', e)
try:
    asyncio.Task(1, loop=asyncio.new_event_loop())
except TypeError as e:
    print('Task(1):', e)
