"""Tasks, and the functions that combine awaitables: gather, wait,
wait_for, as_completed, shield, sleep.

A Task drives its coroutine one step per loop callback: send(None) (or
throw(exc) when the future it waited on failed).  A step that yields a
future parks the task until that future is done; a bare yield (sleep(0))
puts it at the back of the ready queue.  cancel() cancels what the task
waits on, or, if it waits on nothing, throws CancelledError in at its next
step, so the coroutine can catch it and clean up."""

import collections
import concurrent.futures
import functools
import itertools

from . import events
from .coroutines import iscoroutine
from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .futures import Future, isfuture

__all__ = ('Task', 'create_task', 'current_task', 'all_tasks', 'ensure_future',
           'sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield',
           'run_coroutine_threadsafe',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_numbers = itertools.count(1)
_current_tasks = {}   # loop -> the task stepping on it now
_live_tasks = set()   # not yet done; all_tasks() filters by loop


class Task(Future):
    """A future whose result is that of a coroutine the loop runs."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got {!r}'.format(coro))
        self._coro = coro
        self._name = 'Task-{}'.format(next(_task_numbers)) if name is None else str(name)
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _live_tasks.add(self)

    def _repr_parts(self):
        parts = super()._repr_parts()
        code = getattr(self._coro, 'cr_code', None)
        coro = self._coro if code is None else '<{}()>'.format(code.co_name)
        parts[2:2] = ['name={!r}'.format(self._name), 'coro={}'.format(coro)]
        return parts

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        """Request cancellation; False if the task is already done."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's CancelledError will be thrown in by _wakeup.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: {!r}, {!r}'.format(self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            self._advance(exc)
        finally:
            if previous is None:
                del _current_tasks[self._loop]
            else:
                _current_tasks[self._loop] = previous
            if self.done():
                _live_tasks.discard(self)

    def _advance(self, exc):
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came during the last step: the task is cancelled.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except CancelledError as cancelled:
            super().cancel(msg=cancelled.args[0] if cancelled.args else None)
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as error:
            super().set_exception(error)
        else:
            self._park(yielded)

    def _park(self, yielded):
        """Arrange the next step after the coroutine yielded `yielded`."""
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if yielded is None:
            self._loop.call_soon(self._step)
        elif blocking is None:
            self._fail_soon('Task got bad yield: {!r}'.format(yielded))
        elif yielded.get_loop() is not self._loop:
            self._fail_soon('Task {!r} got Future {!r} attached to a different loop'
                            .format(self, yielded))
        elif not blocking:
            self._fail_soon('yield was used instead of yield from in task {!r} with {!r}'
                            .format(self, yielded))
        elif yielded is self:
            self._fail_soon('Task cannot await on itself: {!r}'.format(self))
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wakeup)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False

    def _fail_soon(self, message):
        self._loop.call_soon(self._step, RuntimeError(message))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:   # a cancellation, too
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None):
    """Schedule coro as a Task on the running loop."""
    return events.get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    """The task running now on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of loop's tasks not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_live_tasks) if task._loop is loop and not task.done()}


async def _await_it(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    """obj if it is a future; a Task for a coroutine or other awaitable."""
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if not iscoroutine(obj):
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


class _YieldOnce:
    """Awaiting this gives the other ready callbacks one turn."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Return result after delay seconds; sleep(0) just yields once."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The outer future ends with CancelledError when the children do.
            self._cancel_requested = True
        return cancelled_any


def _outcome(fut):
    """What gather reports for a done child: result, or exception object."""
    if fut.cancelled():
        return fut._make_cancelled_error()
    exc = fut.exception()
    return fut.result() if exc is None else exc


def gather(*aws, return_exceptions=False):
    """A future of the list of the awaitables' results, in argument order.

    Without return_exceptions the first failure becomes the outer future's
    exception at once (the other children keep running); with it, failures
    take their place in the list."""
    if not aws:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    by_arg = {}
    children = []
    loop = None
    for arg in aws:
        if arg not in by_arg:
            fut = ensure_future(arg, loop=loop)
            loop = fut.get_loop()
            by_arg[arg] = fut
        children.append(by_arg[arg])
    outer = _GatheringFuture(children, loop=loop)
    pending = [len(by_arg)]

    def child_done(fut):
        pending[0] -= 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()   # retrieved: outer already reported
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if pending[0] == 0:
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result([_outcome(child) for child in children])

    for fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


def _check_many(fs):
    """fs must be a collection of awaitables, not a single one."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not {}'.format(type(fs).__name__))


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures/tasks; (done, pending) sets.  Nothing is cancelled."""
    _check_many(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: {}'.format(return_when))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    remaining = [len(fs)]

    def on_done(fut):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not fut.cancelled()
                    and fut.exception() is not None)):
            _release(waiter)

    timer = None if timeout is None else loop.call_later(timeout, _release, waiter)
    for fut in fs:
        fut.add_done_callback(on_done)
    try:
        if not _already(fs, return_when):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def _already(fs, return_when):
    """Whether wait()'s condition holds before waiting at all."""
    done = [f for f in fs if f.done()]
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return True
    return len(done) == len(fs)


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it has actually finished."""
    waiter = fut.get_loop().create_future()
    wake = functools.partial(_release, waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


async def wait_for(aw, timeout):
    """aw's result, or TimeoutError after timeout seconds (aw is cancelled).

    Cancelling the waiting task cancels aw too."""
    loop = events.get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        # No time at all: what is not finished already is cut off unstarted.
        if not fut.done():
            await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter)
    wake = functools.partial(_release, waiter)
    fut.add_done_callback(wake)
    try:
        try:
            if not fut.done():
                await waiter
        except CancelledError:
            fut.remove_done_callback(wake)
            if not fut.done():
                await _cancel_and_wait(fut)
            raise
        fut.remove_done_callback(wake)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """Awaitables giving the results of fs in the order they finish.

    After timeout seconds the awaitables not yet satisfied raise TimeoutError."""
    _check_many(fs)
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = collections.deque()
    waiters = collections.deque()

    def deliver(fut):
        finished.append(fut)
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def on_done(fut):
        if fut in todo:
            todo.discard(fut)
            deliver(fut)

    def on_timeout():
        for fut in list(todo):
            fut.remove_done_callback(on_done)
            todo.discard(fut)
            deliver(None)

    async def next_done():
        if not finished:
            waiter = loop.create_future()
            waiters.append(waiter)
            await waiter
        fut = finished.popleft()
        if fut is None:
            raise TimeoutError
        return fut.result()

    for fut in todo:
        fut.add_done_callback(on_done)
    if todo and timeout is not None:
        loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


def shield(aw):
    """A future of aw's outcome that can be cancelled without cancelling aw."""
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """From another thread: run coro as a task on loop; a
    concurrent.futures.Future of its outcome, whose cancel() cancels it."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    outcome = concurrent.futures.Future()

    def report(task):
        if task.cancelled():
            outcome.cancel()
        if not outcome.set_running_or_notify_cancel():
            return
        if task.exception() is not None:
            outcome.set_exception(task.exception())
        else:
            outcome.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(exc)
            raise
        task.add_done_callback(report)
        outcome.add_done_callback(
            lambda f: f.cancelled() and loop.call_soon_threadsafe(task.cancel))

    loop.call_soon_threadsafe(start)
    return outcome
