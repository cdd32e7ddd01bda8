"""ThreadPoolExecutor for gilvm: calls run on a pool of worker threads.

How the pieces meet:
  - An executor and its workers share a _Pool: the work queue, the
    shutdown and broken flags (guarded by pool.lock), and `idle`, a
    semaphore a worker releases each time it finishes an item, so submit
    starts a new thread only when none is idle (up to max_workers).
  - Workers hold the pool, never the executor: an executor dropped without
    shutdown() is freed, and its __del__ lets the workers go.
  - None in the queue means "stop": a worker that takes it puts it back for
    the next one and ends.  Items queued before it still run.
  - Workers are daemon threads, as in Python 3.8; at exit a threading
    atexit call (_python_exit) stops and joins every one still running, so
    the calls already submitted finish first."""

import os
import queue
import threading
from concurrent.futures import _base

_threads_queues = {}        # a worker thread -> its pool's queue, while it runs
_shutdown = False           # the interpreter is exiting: no new calls
_global_shutdown_lock = threading.Lock()   # guards both


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)

_counter_lock = threading.Lock()
_counter = 0


def _next_counter():
    global _counter
    with _counter_lock:
        _counter += 1
        return _counter - 1


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing more."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None   # no cycle through the traceback's frame
        else:
            self.future.set_result(result)


class _Pool:
    """What an executor's workers share with it (see the module's notes)."""

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        self.idle = threading.Semaphore(0)
        self.lock = threading.Lock()
        self.shutdown = False
        self.broken = False

    def drain(self):
        """The queued work items, taken off the queue (the stop marks dropped)."""
        items = []
        while True:
            try:
                item = self.work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def initializer_failed(self):
        with self.lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            for item in self.drain():
                item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(pool, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                pool.initializer_failed()
                return
        work_queue = pool.work_queue
        while True:
            item = work_queue.get(block=True)
            if item is None:
                work_queue.put(None)
                return
            item.run()
            del item
            pool.idle.release()
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """Runs calls on up to max_workers threads, named
    thread_name_prefix_0, _1, ...; initializer(*initargs) starts each."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._pool = _Pool()
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        pool = self._pool
        with pool.lock:
            if pool.broken:
                raise BrokenThreadPool(pool.broken)
            if pool.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            pool.work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._pool.idle.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker, daemon=True,
                                 args=(self._pool, self._initializer, self._initargs))
            with _global_shutdown_lock:
                _threads_queues[t] = self._pool.work_queue
            try:
                t.start()
            except BaseException:
                with _global_shutdown_lock:
                    del _threads_queues[t]
                raise
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pool = self._pool
        with pool.lock:
            pool.shutdown = True
            if cancel_futures:
                for item in pool.drain():
                    item.future.cancel()
            pool.work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()

    def __del__(self):
        # Dropped without shutdown(): the workers end once the queue is done.
        pool = getattr(self, '_pool', None)
        if pool is not None and not pool.shutdown and not _shutdown:
            pool.shutdown = True
            pool.work_queue.put(None)
