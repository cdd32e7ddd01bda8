"""Synchronisation between the tasks of one loop: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier.  None of them is thread-safe; they only order
coroutines, which switch at awaits.

Waiters queue as futures in FIFO order.  Waking one means setting its
future; a waiter cancelled after being woken passes the wake-up on, so a
cancellation never loses a release."""

import collections

from . import events
from .exceptions import BrokenBarrierError, CancelledError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _wake_first(waiters):
    """Set the first still-pending waiter; whether there was one."""
    for fut in waiters:
        if not fut.done():
            fut.set_result(True)
            return True
    return False


class Lock(_ContextManagerMixin):
    """A mutual exclusion lock; `async with lock:` holds it."""

    def __init__(self):
        self._locked = False
        self._waiters = collections.deque()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<{} [{}, waiters:{}]>'.format(type(self).__name__, state, len(self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)


class Event:
    """A flag tasks can wait to see set."""

    def __init__(self):
        self._value = False
        self._waiters = collections.deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    """wait() until notified, with a Lock (its own by default) held around it."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = collections.deque()

    async def wait(self):
        """Release the lock, wait for notify, re-acquire it even if cancelled."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = events.get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            await self._reacquire()

    async def _reacquire(self):
        cancelled = None
        while True:
            try:
                await self.acquire()
                break
            except CancelledError as exc:
                cancelled = exc
        if cancelled is not None:
            raise cancelled

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A counter acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = collections.deque()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # Woken (a unit was reserved for us) but cancelled: give it back.
                self._value += 1
                self._wake_up_next()
            raise
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if self._value > 0 and _wake_first(self._waiters):
            self._value -= 1


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier:
    """A meeting point for `parties` tasks (3.11): each wait() blocks until
    the last of them arrives, then all go on, each with its arrival index.

    A round fills, then drains: tasks that arrive while the previous round
    is still leaving wait for it to empty first.  reset() and abort() make
    the tasks waiting now raise BrokenBarrierError; after abort() every
    wait() does."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'   # then draining; resetting; broken
        self._count = 0           # tasks inside wait()

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ', waiters:{}/{}'.format(self.n_waiting, self._parties)
        return '<{} [{}]>'.format(type(self).__name__, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, exc_type, exc, tb):
        pass

    async def wait(self):
        """Block until the round is full; this task's index in it."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._leave()

    def _leave(self):
        """The last task out of a drained or reset round opens the next one."""
        self._count -= 1
        if self._count == 0:
            if self._state in ('draining', 'resetting'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        """Break the round in progress and start an empty one."""
        async with self._cond:
            self._state = 'resetting' if self._count > 0 else 'filling'
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier for good."""
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'
