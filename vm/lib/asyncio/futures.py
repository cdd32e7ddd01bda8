"""asyncio.Future: a result that will exist later, awaited by coroutines.

A future belongs to one loop; its done callbacks run through that loop's
call_soon, never inline, so code that sets a result is never re-entered by
the code waiting on it.  wrap_future bridges a concurrent.futures.Future,
whose completion happens on some other thread, into the loop's thread."""

from types import GenericAlias as _GenericAlias
import concurrent.futures

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future (or anything a Task may wait on as one)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


class Future:
    """Pending, then exactly once finished (result or exception) or cancelled."""

    # A Task stepping a coroutine that yields a future checks this flag: only
    # a future's own __await__ sets it, so a stray `yield fut` is detected.
    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    _asyncio_future_blocking = False
    # Set while an exception is stored that nobody has looked at; a future
    # dropped in that state reports it rather than lose it silently.
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_parts()))

    def _repr_parts(self):
        parts = [type(self).__name__, self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append('exception={!r}'.format(self._exception))
            else:
                parts.append('result={!r}'.format(self._result))
        return parts

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        """Cancel and schedule the callbacks; False if already done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        self._log_traceback = False
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        self._log_traceback = False
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        self._check_pending()
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        self._check_pending()
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._log_traceback = True
        self._schedule_callbacks()

    def __del__(self):
        if self._log_traceback:
            self._loop.call_exception_handler({
                'message': '{} exception was never retrieved'.format(type(self).__name__),
                'exception': self._exception, 'future': self})

    def _check_pending(self):
        if self._state != _PENDING:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))

    def add_done_callback(self, fn, *, context=None):
        """fn(self) runs soon after completion (soon, if already done)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Forget every registration of fn; how many there were."""
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _copy_state(source, dest):
    """From a finished concurrent future onto a pending asyncio one."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future mirroring a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError('concurrent.futures.Future is expected, got {!r}'.format(future))
    loop = events.get_event_loop() if loop is None else loop
    new = loop.create_future()

    def on_concurrent_done(source):
        # Runs on the executor's thread: hand over to the loop's thread.
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_state, source, new)

    def on_asyncio_done(dest):
        if dest.cancelled():
            future.cancel()

    new.add_done_callback(on_asyncio_done)
    future.add_done_callback(on_concurrent_done)
    return new
