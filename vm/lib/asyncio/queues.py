"""Queues between the tasks of one loop: FIFO Queue, PriorityQueue and
LifoQueue, with put/get that wait and task_done/join bookkeeping as in the
queue module.  Not thread-safe: for threads use queue, or hand items over
with loop.call_soon_threadsafe."""

from types import GenericAlias as _GenericAlias
import collections
import heapq

from . import events, locks
from .exceptions import CancelledError

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return '<{} maxsize={!r}>'.format(type(self).__name__, self._maxsize)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            await self._wait_in(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake(self._getters)

    async def get(self):
        while self.empty():
            await self._wait_in(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake(self._putters)
        return item

    async def _wait_in(self, waiters, blocked):
        fut = events.get_running_loop().create_future()
        waiters.append(fut)
        try:
            await fut
        except CancelledError:
            fut.cancel()
            try:
                waiters.remove(fut)
            except ValueError:
                pass
            # A wake-up meant for us must not be lost to the others waiting.
            if not blocked():
                _wake(waiters)
            raise

    def task_done(self):
        """One item got earlier is processed; join() returns when none is left."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Until every item put has been got and marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


def _wake(waiters):
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class PriorityQueue(Queue):
    """Items come out smallest first (heapq order)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Items come out newest first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
