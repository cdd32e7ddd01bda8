"""multiprocessing.dummy for gilvm: multiprocessing's API over threads of
this process (Pool is multiprocessing.pool.ThreadPool), the usual way to
run the same program with threads instead of processes."""

import queue
import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager',
           'Pipe', 'Pool', 'JoinableQueue', 'Value', 'Array', 'Namespace']


class DummyProcess(threading.Thread):
    """A thread with a Process's face: start, join, is_alive, exitcode."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise AssertionError('can only start a process object created by current process')
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = {}


def active_children():
    """The DummyProcesses this thread started that are still running."""
    children = current_process()._children
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    """Nothing to do: there is no frozen executable."""


class Namespace:
    """An object whose attributes are whatever its keywords say."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted((k, v) for k, v in self.__dict__.items() if not k.startswith('_'))
        return 'Namespace(%s)' % ', '.join('%s=%r' % item for item in items)


class Value:
    """A value shared between threads (they share it anyway): .value."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    """An array.array: threads share it without copying."""
    import array
    return array.array(typecode, sequence)


def Manager():
    """This module itself: its types already live in the one process."""
    import sys
    return sys.modules[__name__]


def shutdown():
    """A Manager's shutdown: nothing to stop."""


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


def Pipe(duplex=True):
    """Two connected ends; duplex ends both send and receive."""
    a, b = queue.Queue(), queue.Queue()
    if not duplex:
        return _End(None, a), _End(a, None)
    return _End(a, b), _End(b, a)


class _End:
    def __init__(self, inbox, outbox):
        self._inbox, self._outbox = inbox, outbox

    def send(self, obj):
        if self._outbox is None:
            raise OSError('connection is read-only')
        self._outbox.put(obj)

    def recv(self):
        if self._inbox is None:
            raise OSError('connection is write-only')
        return self._inbox.get()

    def poll(self, timeout=0.0):
        if self._inbox is None:
            raise OSError('connection is write-only')
        if self._inbox.qsize() > 0:
            return True
        if timeout is not None and timeout <= 0:
            return False
        with self._inbox.not_empty:
            self._inbox.not_empty.wait_for(lambda: self._inbox._qsize() > 0, timeout)
        return self._inbox.qsize() > 0

    def close(self):
        """Nothing to release."""


Queue = queue.Queue
JoinableQueue = queue.Queue
