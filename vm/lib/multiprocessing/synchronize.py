"""Locks between processes for gilvm, over pipes: a pipe holding n bytes is
a semaphore of value n.  acquire reads one byte, release writes one back;
the kernel gives each byte to one reader, so no two processes take the same
token.  The read end is reopened non-blocking (through /proc/self/fd, a
descriptor of its own), so a timed acquire can wait with select and lose a
race for the byte without blocking past its deadline.

Over that token semaphore, the multiprocessing primitives with CPython's
API: Semaphore, BoundedSemaphore, Lock, RLock, Condition, Event, Barrier.
Who holds a Lock or RLock (and how often) is known only to the holding
process, as with CPython's SemLock: a child, forked or spawned, starts
holding nothing.  Every object here goes to a child by inheritance (fork,
or a Process's arguments under spawn), never through a Queue."""

import errno
import fcntl
import os
import struct
import threading
import time

from multiprocessing import connection, process, spawn

__all__ = ['PipeSemaphore', 'Semaphore', 'BoundedSemaphore', 'Lock', 'RLock', 'Condition',
           'Event', 'Barrier']

_FIONREAD = 0x541B   # Linux's ioctl: how many bytes wait in a pipe


def _nonblocking_reader(fd):
    return os.open('/proc/self/fd/%d' % fd, os.O_RDONLY | os.O_NONBLOCK)


class PipeSemaphore:
    def __init__(self, value=1, _fds=None):
        if _fds is None:
            r, self._w = os.pipe()
            self._r = _nonblocking_reader(r)
            os.close(r)
            if value:
                connection.write_all(self._w, b'.' * value)
        else:
            self._r, self._w = _fds

    def acquire(self, block=True, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except BlockingIOError:
                pass
            left = None if deadline is None else deadline - time.monotonic()
            if not block or (left is not None and left <= 0):
                return False
            connection.readable(self._r, left)

    def release(self):
        os.write(self._w, b'.')

    def value(self):
        """The tokens in the pipe now (a snapshot: others may take one)."""
        return struct.unpack('i', fcntl.ioctl(self._r, _FIONREAD, b'\0' * 4))[0]

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def close(self):
        os.close(self._r)
        os.close(self._w)

    def __reduce__(self):
        spawn.pass_fds(self, self._r, self._w)
        return (PipeSemaphore, (0, (self._r, self._w)))


def _too_many():
    return ValueError('semaphore or lock released too many times')


class Semaphore:
    """A counting semaphore shared by processes; also each lock's base."""

    def __init__(self, value=1, *, ctx=None, _tokens=None):
        if _tokens is None:
            if value < 0:
                raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
            _tokens = PipeSemaphore(value)
        self._tokens = _tokens
        self._owner = None     # (pid, thread ident) of the holder, locks only
        self._depth = 0        # how often the holder holds it, locks only

    def __reduce__(self):
        spawn.pass_fds(self)
        return (self._rebuild, (self._tokens, self._limit()))

    def _limit(self):
        return None

    @classmethod
    def _rebuild(cls, tokens, limit):
        obj = cls.__new__(cls)
        Semaphore.__init__(obj, _tokens=tokens)
        if limit is not None:
            obj._maxvalue = limit
        return obj

    def acquire(self, block=True, timeout=None):
        return self._tokens.acquire(block, timeout)

    def release(self):
        self._tokens.release()

    def get_value(self):
        return self._tokens.value()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _mine(self):
        return self._depth > 0 and self._owner == (os.getpid(), threading.get_ident())

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._value_text())

    def _value_text(self):
        try:
            return str(self.get_value())
        except OSError:
            return 'unknown'


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def _limit(self):
        return self._maxvalue

    def release(self):
        if self.get_value() >= self._maxvalue:
            raise _too_many()
        Semaphore.release(self)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%d)>' % (type(self).__name__, self._value_text(),
                                                 self._maxvalue)


class Lock(Semaphore):
    """A lock any thread of any process may release, as CPython's."""

    def __init__(self, *, ctx=None):
        Semaphore.__init__(self, 1)

    def acquire(self, block=True, timeout=None):
        if not self._tokens.acquire(block, timeout):
            return False
        self._owner, self._depth = (os.getpid(), threading.get_ident()), 1
        return True

    def release(self):
        if self.get_value() >= 1:
            raise _too_many()
        self._owner, self._depth = None, 0
        self._tokens.release()

    def _holder(self):
        if self._mine():
            name = process.current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
            return name
        if self.get_value() == 1:
            return 'None'
        return 'SomeOtherThread' if self._owner and self._owner[0] == os.getpid() \
            else 'SomeOtherProcess'

    def __repr__(self):
        return '<%s(owner=%s)>' % (type(self).__name__, self._holder())


class RLock(Lock):
    """A lock its holder may take again; only the holder releases it."""

    def acquire(self, block=True, timeout=None):
        if self._mine():
            self._depth += 1
            return True
        return Lock.acquire(self, block, timeout)

    def release(self):
        if not self._mine():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._depth -= 1
        if not self._depth:
            Lock.release(self)

    def __repr__(self):
        depth = self._depth if self._mine() else 0
        return '<%s(%s, %d)>' % (type(self).__name__, self._holder(), depth)


class Condition:
    """A condition variable between processes, from semaphores alone.

    A waiter announces itself on `sleepers`, lets go of the lock and waits
    on `wakeups`; whether it is woken or times out, it then counts itself
    on `woken`.  A notifier first settles the waiters that left by timeout
    since the last notify (each leaves a `woken` token and a `sleepers`
    token to cancel), then hands out one `wakeups` token per waiter it
    wakes and waits until each has counted itself on `woken` -- so a token
    meant for a waiter cannot be taken by one that arrives later.  A token
    left over by a waiter that timed out meanwhile is taken back."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock if lock is not None else RLock()
        self._sleepers = Semaphore(0)
        self._woken = Semaphore(0)
        self._wakeups = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __reduce__(self):
        spawn.pass_fds(self)
        return (self._rebuild, (self._lock, self._sleepers, self._woken, self._wakeups))

    @classmethod
    def _rebuild(cls, lock, sleepers, woken, wakeups):
        obj = cls(lock)
        obj._sleepers, obj._woken, obj._wakeups = sleepers, woken, wakeups
        return obj

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        try:
            waiting = self._sleepers.get_value() - self._woken.get_value()
        except OSError:
            waiting = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, waiting)

    def wait(self, timeout=None):
        if not self._lock._mine():
            raise AssertionError('must acquire() condition before using wait()')
        self._sleepers.release()
        depth = self._lock._depth
        for _ in range(depth):
            self._lock.release()
        try:
            return self._wakeups.acquire(True, timeout)
        finally:
            self._woken.release()
            for _ in range(depth):
                self._lock.acquire()

    def notify(self, n=1):
        if not self._lock._mine():
            raise AssertionError('lock is not owned')
        while self._woken.acquire(False):
            self._sleepers.acquire(False)      # a waiter that timed out
        sent = 0
        while sent < n and self._sleepers.acquire(False):
            self._wakeups.release()
            sent += 1
        for _ in range(sent):
            self._woken.acquire()
        while self._wakeups.acquire(False):
            pass                               # meant for one that timed out

    def notify_all(self):
        self.notify(n=1 << 30)

    wait_for = threading.Condition.wait_for    # only calls self.wait


class Event:
    """Set or clear; the flag is a semaphore holding 0 or 1 tokens."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            return self._flag.get_value() > 0

    def set(self):
        with self._cond:
            if not self._flag.get_value():
                self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag.get_value():
                self._cond.wait(timeout)
            return self._flag.get_value() > 0


class Barrier(threading.Barrier):
    """threading.Barrier's rounds, its state and count in shared memory
    and its condition between processes."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None, _shared=None):
        from multiprocessing.sharedctypes import RawArray
        self._cond = Condition(Lock()) if _shared is None else _shared[0]
        self._words = RawArray('i', 2) if _shared is None else _shared[1]
        self._action = action
        self._timeout = timeout
        self._parties = parties
        if _shared is None:
            self._state = self._FILLING
            self._count = 0

    def __reduce__(self):
        spawn.pass_fds(self)
        return (_rebuild_barrier, (self._parties, self._action, self._timeout,
                                   (self._cond, self._words)))

    _state = property(lambda self: self._words[0],
                      lambda self, v: self._words.__setitem__(0, v))
    _count = property(lambda self: self._words[1],
                      lambda self, v: self._words.__setitem__(1, v))


def _rebuild_barrier(parties, action, timeout, shared):
    return Barrier(parties, action, timeout, _shared=shared)
