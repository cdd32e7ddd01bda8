# asyncio error paths: the loop's exception handler for failing callbacks,
# bad yields in tasks, misuse of futures and tasks, no current loop after
# run(), and exceptions passing through run_until_complete.
import asyncio
import gc


def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'].split(' at ')[0], repr(exc))


class BadYield:
    def __await__(self):
        yield 'not a future'


async def main():
    loop = asyncio.get_running_loop()
    print('default handler:', loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(int, 'x')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('loop survives failing callbacks')

    try:
        await BadYield()
    except RuntimeError as e:
        print('bad yield:', e)

    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print('StopIteration:', e)
    f.set_exception(KeyError)
    print('exception class instantiated:', repr(f.exception()))
    print('cancel done future:', f.cancel())

    t = asyncio.create_task(asyncio.sleep(0))
    for name in ('set_result', 'set_exception'):
        try:
            getattr(t, name)(None)
        except RuntimeError as e:
            print(name + ':', e)
    await t
    for bad in (1, None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print('ensure_future:', e)

    # a plain awaitable becomes a task
    class Ready:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaitable result'
    print('ensure_future(awaitable):', await asyncio.ensure_future(Ready()))

    # a task awaiting itself
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print('self await:', str(e).split(':')[0])

    # exception chaining survives the task boundary
    async def chained():
        try:
            {}['missing']
        except KeyError as e:
            raise ValueError('wrapped') from e
    try:
        await asyncio.create_task(chained())
    except ValueError as e:
        print('chained:', repr(e), repr(e.__cause__))

    # a failed task nobody asks about is reported when it is dropped;
    # one whose exception was looked at is not
    async def lost(tag):
        raise ValueError(tag)
    lost_task = asyncio.create_task(lost('lost'))
    seen_task = asyncio.create_task(lost('seen'))
    await asyncio.sleep(0)
    print('seen:', repr(seen_task.exception()))
    del lost_task, seen_task
    gc.collect()
    print('after collect')

    # a BaseException other than CancelledError also propagates
    async def exits():
        raise SystemExit(3)
    try:
        await exits()
    except SystemExit as e:
        print('SystemExit through await:', e.code)


asyncio.run(main())

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('after run:', e)

loop = asyncio.new_event_loop()


async def fails():
    raise LookupError('from run_until_complete')
try:
    loop.run_until_complete(fails())
except LookupError as e:
    print('run_until_complete raised:', e)
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print('stopped early:', e)
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print('run closed loop:', e)
