"""ProcessPoolExecutor for gilvm: futures run on a multiprocessing Pool, so
each call is pickled to a worker process (started as mp_context, else the
default context, says: fork or spawn) and its value or exception pickled
back.  The pool starts with the first submit; a future is running
from the moment it is submitted (it cannot be cancelled); an executor not
shut down is waited for at exit, as CPython's are."""

import atexit
import os
import threading

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

_live = set()


class BrokenProcessPool(_base.BrokenExecutor):
    pass


class _RemoteTraceback(Exception):
    """A worker's formatted traceback, the __cause__ of the exception a
    future raises (multiprocessing.Pool's is pool.RemoteTraceback; the
    executor's has its own name in CPython, and programs print it)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _exception_setter(future):
    def set_exception(exc):
        from multiprocessing.pool import RemoteTraceback
        if isinstance(exc.__cause__, RemoteTraceback):
            exc.__cause__ = _RemoteTraceback(exc.__cause__.tb)
        future.set_exception(exc)
    return set_exception


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=()):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer, self._initargs = initializer, initargs
        self._pool = None
        self._lock = threading.Lock()
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._pool is None:
                from multiprocessing.pool import Pool
                self._pool = Pool(self._max_workers, self._initializer, self._initargs,
                                  context=self._mp_context)
                _live.add(self)
            f = _base.Future()
            f.set_running_or_notify_cancel()
            self._pool.apply_async(fn, args, kwargs, callback=f.set_result,
                                   error_callback=_exception_setter(f))
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            pool = self._pool
            if pool is not None:
                pool.close()
        if pool is not None and wait:
            pool.join()
            _live.discard(self)


def _join_live():
    for executor in list(_live):
        executor.shutdown(wait=True)


atexit.register(_join_live)
