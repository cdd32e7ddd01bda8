"""multiprocessing.Pool for gilvm: worker processes (daemonic; spawned or
forked, as the pool's context says), each
with a task pipe and a result pipe of its own, so no two processes ever share
a pipe end and no lock between processes is needed.

One handler thread in the parent gives each idle worker the next chunk of
work and waits, in select() with the GIL released, for any busy worker's
result or for a wake-up byte (new work, close, terminate).  A chunk is a
list of calls; its reply is the list of their values, or the first exception
raised with the worker's traceback text (re-raised in the parent, the text
as its __cause__, as CPython's RemoteTraceback).  A worker that exits (its
maxtasksperchild reached, or killed) is replaced; the task it held fails.

ThreadPool is the same pool over worker threads: each worker's two pipes
become in-process channels (_Channel) that carry objects without pickling
(so lambdas and bound methods work, as in CPython's ThreadPool) and still
give the handler a descriptor to select() on.
"""

from types import GenericAlias as _GenericAlias
import atexit
import collections
import itertools
import os
import select
import threading
import traceback

from multiprocessing import connection
from multiprocessing import context as _context
from multiprocessing.context import TimeoutError

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN, CLOSE, TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'
_live_pools = set()
_worker_names = itertools.count(1)


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A worker's result that could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def _worker_main(tasks, results, initializer, initargs, maxtasks):
    """A worker's life: run chunks until told to stop or maxtasks is reached."""
    if initializer is not None:
        initializer(*initargs)
    for done in itertools.count(1):
        try:
            task = tasks.recv()
        except EOFError:
            return
        if task is None:
            return
        job, index, func, calls = task
        try:
            reply = (job, index, True, [func(*args, **kwargs) for args, kwargs in calls])
        except Exception as e:
            tb = '\n"""\n' + traceback.format_exc() + '"""'
            reply = (job, index, False, (e, tb))
        _send_reply(results, reply)
        if maxtasks is not None and done >= maxtasks:
            return


def _send_reply(results, reply):
    try:
        results.send(reply)
    except Exception as e:
        job, index, ok, value = reply
        results.send((job, index, False, (MaybeEncodingError(e, value if ok else value[0]), None)))


class _Worker:
    def __init__(self, pool):
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        self.tasks = connection.Connection(None, task_w)
        self.results = connection.Connection(result_r, None)
        self.task = None
        self.done = 0
        ctx = pool._ctx
        name = '%sPoolWorker-%d' % (ctx.get_start_method().capitalize(), next(_worker_names))
        self.process = ctx.Process(target=_worker_main, name=name,
                                   args=(connection.Connection(task_r, None),
                                         connection.Connection(None, result_w),
                                         pool._initializer, pool._initargs, pool._maxtasks),
                                   daemon=True)
        try:
            self.process.start()
        finally:
            os.close(task_r)
            os.close(result_w)

    def close(self):
        self.tasks.close()
        self.results.close()


class _Channel:
    """One direction between threads, with a Connection's send/recv/fileno:
    objects go through a deque, and one byte per object through a pipe, so
    recv() blocks with the GIL released and select() sees a waiting object.
    recv() after close() with nothing left raises EOFError."""

    def __init__(self):
        self._items = collections.deque()
        self._r, self._w = os.pipe()
        self._closed = False

    def send(self, obj):
        self._items.append(obj)
        os.write(self._w, b'.')

    def recv(self):
        if self._closed and not self._items:
            raise EOFError
        os.read(self._r, 1)
        return self._items.popleft()

    def fileno(self):
        return self._r

    def close(self):
        if not self._closed:
            self._closed = True
            os.close(self._r)
            os.close(self._w)


class _WorkerThread(threading.Thread):
    """A pool worker thread.  A thread cannot be killed: terminate() asks
    it to stop after its current task, which join() then waits for, as
    CPython's ThreadPool.terminate joins its workers."""
    exitcode = 0

    def __init__(self, tasks, **kwargs):
        threading.Thread.__init__(self, daemon=True, **kwargs)
        self._tasks = tasks

    def terminate(self):
        self._tasks.send(None)


class _ThreadWorker:
    def __init__(self, pool):
        self.tasks = _Channel()
        self.results = _Channel()
        self.task = None
        self.done = 0
        self.process = _WorkerThread(self.tasks, target=_worker_main,
                                     name='Thread-%d' % next(_worker_names),
                                     args=(self.tasks, self.results, pool._initializer,
                                           pool._initargs, pool._maxtasks))
        self.process.start()

    def close(self):
        self.tasks.close()
        self.results.close()


class Pool:
    _Worker = _Worker

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (type(maxtasksperchild) is not int or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._ctx = context or _context._default_context.get_context()
        self._initializer, self._initargs, self._maxtasks = initializer, initargs, maxtasksperchild
        self._state = RUN
        self._cond = threading.Condition()
        self._pending = collections.deque()
        self._jobs = {}
        self._job_ids = itertools.count()
        self._wake_r, self._wake_w = os.pipe()
        self._workers = []
        try:
            for _ in range(processes):
                self._workers.append(self._Worker(self))
        except BaseException:
            self._stop_workers(True)
            raise
        self._handler = threading.Thread(target=self._handle, name='PoolHandler', daemon=True)
        self._handler.start()
        _live_pools.add(self)

    # -- the handler thread -------------------------------------------------

    def _handle(self):
        while True:
            with self._cond:
                if self._state == TERMINATE or (self._state == CLOSE and not self._pending and
                                                not any(w.task for w in self._workers)):
                    return
                sends = self._assign()
            for w, task in sends:
                self._send_task(w, task)
            self._wait_replies()

    def _assign(self):
        sends = []
        for w in self._workers:
            if w.task is None and self._pending:
                w.task = self._pending.popleft()
                sends.append((w, w.task))
        return sends

    def _send_task(self, w, task):
        try:
            w.tasks.send(task)
        except Exception as e:   # an argument that cannot be pickled, or a dead worker
            w.task = None
            self._finish(task[0], task[1], False, (e, None))

    def _wait_replies(self):
        busy = {w.results.fileno(): w for w in self._workers if w.task is not None}
        for fd in select.select(list(busy) + [self._wake_r], [], [])[0]:
            if fd == self._wake_r:
                os.read(self._wake_r, 512)
                continue
            w = busy[fd]
            try:
                job, index, ok, value = w.results.recv()
            except EOFError:
                self._replace(w)
                continue
            w.task = None
            w.done += 1
            self._finish(job, index, ok, value)
            if self._maxtasks is not None and w.done >= self._maxtasks:
                self._replace(w)   # it is exiting: give it no more work

    def _replace(self, w):
        """w exited: its task fails, and a new worker takes its place."""
        task, w.task = w.task, None
        w.process.join()
        if task is not None:
            err = RuntimeError("gilvm: pool worker %s exited (exit code %s) while running a task"
                               % (w.process.name, w.process.exitcode))
            self._finish(task[0], task[1], False, (err, None))
        w.close()
        with self._cond:
            self._workers.remove(w)
            if self._state == RUN:
                self._workers.append(self._Worker(self))

    def _finish(self, job, index, ok, value):
        if not ok:
            exc, tb = value
            if tb is not None:
                exc.__cause__ = RemoteTraceback(tb)
            value = exc
        with self._cond:
            result = self._jobs.get(job)
        if result is not None:   # None: a map whose earlier chunk failed is done
            result._set(index, ok, value)

    def _wake(self):
        # None once the workers have stopped (join, terminate, or the exit
        # hook): nobody is left to wake, so closing again is a no-op.
        wake_w = self._wake_w
        if wake_w is not None:
            os.write(wake_w, b'.')

    # -- submitting work ----------------------------------------------------

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, func, chunks):
        if not chunks:   # an empty map is done already
            return result
        with self._cond:
            self._check_running()
            self._jobs[result._job] = result
            self._pending.extend((result._job, i, func, calls) for i, calls in enumerate(chunks))
        self._wake()
        return result

    def _chunks(self, calls, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(len(calls), len(self._workers) * 4)
            chunksize += bool(extra)
        chunksize = max(chunksize, 1)
        return [calls[i:i + chunksize] for i in range(0, len(calls), chunksize)]

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        return self._submit(result, func, [[(tuple(args), dict(kwds))]])

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, star, chunksize, callback, error_callback):
        self._check_running()
        calls = [(tuple(x) if star else (x,), {}) for x in iterable]
        chunks = self._chunks(calls, chunksize)
        result = MapResult(self, len(chunks), callback, error_callback)
        return self._submit(result, func, chunks)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        calls = [((x,), {}) for x in iterable]
        chunks = [calls[i:i + chunksize] for i in range(0, len(calls), max(chunksize, 1))]
        return self._submit(IMapIterator(self, len(chunks), ordered), func, chunks)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    # -- ending -------------------------------------------------------------

    def close(self):
        with self._cond:
            if self._state == RUN:
                self._state = CLOSE
        self._wake()

    def terminate(self):
        with self._cond:
            self._state = TERMINATE
        self._wake()
        self._handler.join()
        self._stop_workers(True)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._handler.join()
        self._stop_workers(False)

    def _stop_workers(self, kill):
        for w in self._workers:
            if kill:
                w.process.terminate()
            else:
                w.tasks.send(None)
        for w in self._workers:
            w.process.join()
            w.close()
        self._workers = []
        if self._wake_r is not None:
            os.close(self._wake_r)
            os.close(self._wake_w)
            self._wake_r = self._wake_w = None
        _live_pools.discard(self)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, self._processes)


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (nothing pickled)."""
    _Worker = _ThreadWorker

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def __repr__(self):
        return '<multiprocessing.pool.ThreadPool state=%s pool_size=%d>' % (self._state, self._processes)


class ApplyResult:
    """One call's value or exception, set by the handler thread."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pool, callback=None, error_callback=None):
        self._pool = pool
        self._job = next(pool._job_ids)
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, index, ok, value):
        self._done(ok, value[0] if ok else value)

    def _done(self, ok, value):
        self._success, self._value = ok, value
        callback = self._callback if ok else self._error_callback
        if callback is not None:
            callback(value)
        self._event.set()
        with self._pool._cond:
            self._pool._jobs.pop(self._job, None)   # an empty map never joined _jobs
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """Chunks' lists of values, joined in order once every chunk is back."""

    def __init__(self, pool, nchunks, callback=None, error_callback=None):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._chunks = [None] * nchunks
        self._left = nchunks
        self._failed = False
        if not nchunks:
            self._done(True, [])

    def _set(self, index, ok, value):
        if self._failed:
            return
        if not ok:
            self._failed = True
            return self._done(False, value)
        self._chunks[index] = value
        self._left -= 1
        if not self._left:
            self._done(True, [v for chunk in self._chunks for v in chunk])


class IMapIterator:
    """imap's and imap_unordered's results, handed out as they come back."""

    def __init__(self, pool, nchunks, ordered):
        self._pool = pool
        self._job = next(pool._job_ids)
        self._cond = threading.Condition()
        self._ready = {}                # chunk index -> (ok, values or exception)
        self._items = collections.deque()
        self._next_chunk = 0
        self._left = nchunks
        self._ordered = ordered

    def __iter__(self):
        return self

    def _set(self, index, ok, value):
        with self._cond:
            self._ready[index] = (ok, value)
            self._left -= 1
            self._cond.notify()
        if not self._left:
            with self._pool._cond:
                del self._pool._jobs[self._job]

    def _take_chunk(self):
        """A chunk's values moved to _items (its exception raised), if one is due."""
        key = self._next_chunk if self._ordered else next(iter(self._ready), None)
        if key not in self._ready:
            return False
        ok, value = self._ready.pop(key)
        self._next_chunk += 1
        if not ok:
            raise value
        self._items.extend(value)
        return True

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._take_chunk():
                    continue
                if not self._ready and not self._left:
                    raise StopIteration
                if not self._cond.wait(timeout):
                    raise TimeoutError
            return self._items.popleft()

    __next__ = next


def _terminate_live_pools():
    for pool in list(_live_pools):
        pool.terminate()


atexit.register(_terminate_live_pools)
