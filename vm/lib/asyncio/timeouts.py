"""timeout() and timeout_at() (3.11): a deadline for the block of an
`async with`.

At the deadline the task running the block is cancelled; on the way out
the Timeout takes that cancellation back (Task.uncancel) and raises
TimeoutError in its place.  A cancellation from elsewhere, counted by
Task.cancelling() beyond the one the Timeout made, still propagates as
CancelledError."""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ('Timeout', 'timeout', 'timeout_at')

# A Timeout's states, in order; the strings are what repr and errors show.
_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'   # the deadline passed, the task's cancellation in flight
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """The deadline of one async-with block, on the loop's clock (None: none)."""

    def __init__(self, when):
        self._state = _CREATED
        self._when = when
        self._handle = None   # the timer that cancels the task
        self._task = None
        self._cancelling = 0   # the task's cancel requests on entry

    def when(self):
        return self._when

    def reschedule(self, when):
        """Move the deadline to when (loop time), or remove it with None."""
        if self._state is not _ENTERED:
            raise RuntimeError('Cannot change state of {} Timeout'.format(self._state))
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_deadline)
            else:
                self._handle = loop.call_at(when, self._on_deadline)

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        when = ''
        if self._state is _ENTERED:
            when = ' when={}'.format(None if self._when is None else round(self._when, 3))
        return '<Timeout [{}]{}>'.format(self._state, when)

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_deadline(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    """A Timeout delay seconds from now (None: no deadline yet)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at when, a time on the loop's clock (None: no deadline yet)."""
    return Timeout(when)
