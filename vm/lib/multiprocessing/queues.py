"""multiprocessing.Queue and SimpleQueue for gilvm: pickled messages on a
pipe, with pipe-token locks (synchronize.py) so that one reader and one
writer at a time use it across processes; Queue(maxsize) also holds a
semaphore of maxsize free places.  JoinableQueue counts the items put and
not yet marked done in a semaphore, under a condition join() waits on.

put() writes in the calling thread (CPython's Queue hands the write to a
feeder thread): a put that fills the pipe (64 KiB unread) waits for a reader.
"""

import os
import pickle
import time
from queue import Empty, Full

from multiprocessing import connection, spawn
from multiprocessing.synchronize import PipeSemaphore

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class SimpleQueue:
    def __init__(self, _state=None):
        if _state is None:
            self._reader, self._writer = os.pipe()
            self._rlock = PipeSemaphore(1)
            self._wlock = PipeSemaphore(1)
        else:
            self._reader, self._writer, self._rlock, self._wlock = _state

    def _state(self):
        return (self._reader, self._writer, self._rlock, self._wlock)

    def empty(self):
        return not connection.readable(self._reader, 0)

    def put(self, obj):
        data = pickle.dumps(obj)
        with self._wlock:
            connection.send_message(self._writer, data)

    def get(self):
        with self._rlock:
            data = connection.recv_message(self._reader)
        return pickle.loads(data)

    def close(self):
        os.close(self._reader)
        os.close(self._writer)
        self._rlock.close()
        self._wlock.close()

    def __reduce__(self):
        spawn.pass_fds(self, self._reader, self._writer)
        return (type(self), (self._state(),))


class Queue(SimpleQueue):
    def __init__(self, maxsize=0, _state=None):
        if _state is None:
            SimpleQueue.__init__(self)
            self._maxsize = maxsize if maxsize > 0 else 0
            self._free = PipeSemaphore(self._maxsize) if self._maxsize else None
        else:
            SimpleQueue.__init__(self, _state[:4])
            self._maxsize, self._free = _state[4:]

    def _state(self):
        return SimpleQueue._state(self) + (self._maxsize, self._free)

    def __reduce__(self):
        spawn.pass_fds(self, self._reader, self._writer)
        return (Queue, (0, self._state()))

    def put(self, obj, block=True, timeout=None):
        if self._free is not None and not self._free.acquire(block, timeout):
            raise Full
        SimpleQueue.put(self, obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if block and timeout is None:
            obj = SimpleQueue.get(self)
        else:
            obj = self._get_by(None if not block else time.monotonic() + max(timeout, 0))
        if self._free is not None:
            self._free.release()
        return obj

    def _get_by(self, deadline):
        left = 0 if deadline is None else max(deadline - time.monotonic(), 0)
        if not self._rlock.acquire(True, left):
            raise Empty
        try:
            left = 0 if deadline is None else max(deadline - time.monotonic(), 0)
            if not connection.readable(self._reader, left):
                raise Empty
            data = connection.recv_message(self._reader)
        finally:
            self._rlock.release()
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        raise NotImplementedError("gilvm: multiprocessing.Queue.qsize is not available")

    def full(self):
        return self._free is not None and not self._peek_free()

    def _peek_free(self):
        if self._free.acquire(False):
            self._free.release()
            return True
        return False

    def close(self):
        SimpleQueue.close(self)
        if self._free is not None:
            self._free.close()

    def join_thread(self):
        pass   # put() wrote in the caller: nothing is left to flush

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, _state=None):
        from multiprocessing.synchronize import Condition, Semaphore
        if _state is None:
            Queue.__init__(self, maxsize)
            self._unfinished, self._all_done = Semaphore(0), Condition()
        else:
            Queue.__init__(self, 0, _state[:6])
            self._unfinished, self._all_done = _state[6:]

    def __reduce__(self):
        spawn.pass_fds(self, self._reader, self._writer)
        return (JoinableQueue, (0, self._state() + (self._unfinished, self._all_done)))

    def put(self, obj, block=True, timeout=None):
        if self._free is not None and not self._free.acquire(block, timeout):
            raise Full
        with self._all_done:
            self._unfinished.release()
        SimpleQueue.put(self, obj)      # outside: a full pipe waits for a reader

    def task_done(self):
        with self._all_done:
            if not self._unfinished.acquire(False):
                raise ValueError('task_done() called too many times')
            if not self._unfinished.get_value():
                self._all_done.notify_all()

    def join(self):
        with self._all_done:
            while self._unfinished.get_value():
                self._all_done.wait()
