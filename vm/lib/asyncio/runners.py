"""asyncio.run and asyncio.to_thread: the usual ways into and out of a loop."""

import functools
import signal
import threading

from . import events, tasks
from .coroutines import iscoroutine
from .exceptions import CancelledError

__all__ = ('Runner', 'run', 'to_thread')


class Runner:
    """A loop that runs several top-level coroutines one after another
    (3.11): `with Runner() as r: r.run(a()); r.run(b())`.

    The loop is made on first use (by loop_factory when given) and closed by
    close() or the with block's end, after the tasks left behind are
    cancelled and the default executor joined.  debug is accepted and
    ignored.

    While run() runs on the main thread with Python's own SIGINT handler in
    place, a first Ctrl-C cancels the task instead, so it can clean up, and
    run() raises KeyboardInterrupt once it has stopped; a second raises
    KeyboardInterrupt at once."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shut the loop down; a Runner never started or already closed is left be."""
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro as a task on the Runner's loop and return its result."""
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        on_sigint = None
        if (threading.current_thread() is threading.main_thread() and
                signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            on_sigint = functools.partial(self._on_sigint, main_task=task)
            signal.signal(signal.SIGINT, on_sigint)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            # Our own cancellation, with none from elsewhere left, was Ctrl-C.
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            self._loop.call_soon_threadsafe(lambda: None)   # out of a long select()
            return
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            # Only a loop the Runner made becomes the thread's current one.
            events.set_event_loop(self._loop)
            self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        self._state = 'initialized'


def run(main, *, debug=None):
    """Run coroutine main on a new loop and return its result.

    Afterwards the tasks main left behind are cancelled and waited for, the
    default executor's threads are joined and the loop is closed."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


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


async def to_thread(func, /, *args, **kwargs):
    """func(*args, **kwargs) on the loop's default executor thread pool."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))
