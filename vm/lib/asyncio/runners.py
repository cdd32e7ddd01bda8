"""asyncio.run and asyncio.to_thread: the usual ways into and out of a loop."""

import functools

from . import events, tasks
from .coroutines import iscoroutine

__all__ = ('run', 'to_thread')


def run(main, *, debug=None):
    """Run coroutine main on a new loop and return its result.

    Afterwards the tasks main left behind are cancelled and waited for, the
    default executor's threads are joined and the loop is closed."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = events.new_event_loop()
    try:
        events.set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    leftover = tasks.all_tasks(loop)
    if not leftover:
        return
    for task in leftover:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftover, return_exceptions=True))
    for task in leftover:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(), 'task': task})


async def to_thread(func, *args, **kwargs):
    """func(*args, **kwargs) on the loop's default executor thread pool."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))
