"""The start methods gilvm has, spawn and fork, as context objects (what
get_context() returns), and the package's default context (what the
multiprocessing package exports), as CPython's context module."""

import os

from multiprocessing import process

__all__ = ['SpawnContext', 'ForkContext', 'ProcessError', 'BufferTooShort', 'TimeoutError',
           'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BaseContext:
    """What every context has; its start method is its class's _name."""
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def current_process(self):
        return process.current_process()

    def parent_process(self):
        return process.parent_process()

    def active_children(self):
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

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize)

    def Manager(self):
        """A started SyncManager (managers.py)."""
        from multiprocessing.managers import SyncManager
        m = SyncManager()
        m.start()
        return m

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def freeze_support(self):
        pass   # only frozen Windows executables need it

    def get_context(self, method=None):
        if method is None:
            return self
        if method not in _concrete_contexts:
            _refuse_method(method)
        return _concrete_contexts[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def get_all_start_methods(self):
        return list(_concrete_contexts)

    def set_executable(self, executable):
        import sys
        sys.executable = executable

    def set_forkserver_preload(self, module_names):
        _refuse_method('forkserver')


def _from(module, name):
    """A context method that makes module's `name`, importing it at first use."""
    def make(self, *args, **kwargs):
        return getattr(__import__('multiprocessing.' + module, fromlist=[name]), name)(*args, **kwargs)
    make.__name__ = make.__qualname__ = name
    return make


for _module, _names in (('synchronize', ('Lock', 'RLock', 'Condition', 'Semaphore',
                                         'BoundedSemaphore', 'Event', 'Barrier')),
                        ('sharedctypes', ('RawValue', 'RawArray', 'Value', 'Array'))):
    for _name in _names:
        setattr(BaseContext, _name, _from(_module, _name))


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'


class ForkProcess(process.BaseProcess):
    _start_method = 'fork'


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class DefaultContext(BaseContext):
    """The package's context: its start method is chosen once, by
    set_start_method or at first use (fork, as CPython's on Linux)."""
    Process = process.Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name


def _refuse_method(method):
    if method == 'forkserver':
        raise ValueError("gilvm: multiprocessing supports the 'fork' and 'spawn' start "
                         "methods, not 'forkserver'")
    raise ValueError('cannot find context for %r' % method)


# The default is fork, as CPython 3.8's on Linux: programs written for it
# start processes without a main guard and pass lambdas.  A forked child
# ends by os._exit, so it writes none of the parent's measurement or trace.
_concrete_contexts = {'fork': ForkContext(), 'spawn': SpawnContext()}
_default_context = DefaultContext(_concrete_contexts['fork'])
