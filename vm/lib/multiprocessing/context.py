"""The one start method gilvm has, spawn, as a context object (what
get_context() returns and what the multiprocessing package exports)."""

import os

__all__ = ['SpawnContext', 'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def _missing(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError("gilvm: multiprocessing.%s is not available (gilvm has "
                                  "Process, Pool, Queue, SimpleQueue and Pipe: no shared "
                                  "memory, managers or locks between processes)" % name)
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


class SpawnContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError
    _name = 'spawn'

    @property
    def Process(self):
        from multiprocessing.process import Process
        return Process

    def current_process(self):
        from multiprocessing import process
        return process.current_process()

    def parent_process(self):
        from multiprocessing import process
        return process.parent_process()

    def active_children(self):
        from multiprocessing import process
        return process.active_children()

    def cpu_count(self):
        n = os.cpu_count()
        if n is None:
            raise NotImplementedError('cannot determine number of cpus')
        return n

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize)

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue()

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild)

    def freeze_support(self):
        pass   # only frozen Windows executables need it

    def get_context(self, method=None):
        if method not in (None, 'spawn'):
            _refuse_method(method)
        return self

    def get_start_method(self, allow_none=False):
        return 'spawn'

    def get_all_start_methods(self):
        return ['spawn']

    def set_start_method(self, method, force=False):
        if method not in (None, 'spawn'):
            _refuse_method(method)

    def set_executable(self, executable):
        import sys
        sys.executable = executable

    def set_forkserver_preload(self, module_names):
        _refuse_method('forkserver')


_MISSING = ('Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
            'Value', 'RawValue', 'Array', 'RawArray', 'Manager', 'JoinableQueue')
for _name in _MISSING:
    setattr(SpawnContext, _name, staticmethod(_missing(_name)))


def _refuse_method(method):
    if method in ('fork', 'forkserver'):
        raise ValueError("gilvm: multiprocessing supports the 'spawn' start method only, "
                         "not %r" % method)
    raise ValueError('cannot find context for %r' % method)
