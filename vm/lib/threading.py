"""threading for gilvm: CPython's threading API over the `_thread` C module.

Threads are real pthreads taking turns under the GIL.  Every blocking wait
here comes down to a lock acquire in `_thread`, which releases the GIL and
stops for Ctrl-C on the main thread; so join, Condition.wait, Event.wait,
Semaphore.acquire and Barrier.wait all do.

How a thread's life is tracked:
  - start() hands the new thread a held lock, its sentinel; `_thread`
    releases it once the thread has ended and let go of everything it held.
    join() and is_alive() look at that lock only.
  - A thread is in `_limbo` from start() until it runs, then in `_active`
    (by ident) until its run() has ended; `_active_limbo_lock` guards both.
  - At exit `_shutdown` (called by `_thread`'s exit hook) runs the
    `_register_atexit` calls, then joins every non-daemon thread; daemon
    threads are stopped by the GIL.
  - In a fork(2) child only the forking thread exists: `_after_fork` (an
    os.register_at_fork hook) makes it the only active thread and the main
    thread, and stops every other Thread object.
"""

import _thread
import os as _os
import sys
from time import monotonic as _time

__all__ = ['get_ident', 'get_native_id', 'active_count', 'activeCount',
           'Condition', 'current_thread', 'currentThread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'excepthook', 'local', 'stack_size', 'settrace', 'setprofile']

_start_thread = _thread._start_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
_CRLock = _thread.RLock

_trace_hook = None
_profile_hook = None


def _qualname(obj):
    """How python3's reprs of Semaphore, Event and Barrier name the class:
    threading.Event, __main__.MyEvent."""
    kind = type(obj)
    return "%s.%s" % (kind.__module__, kind.__qualname__)


def _deprecated(message):
    """The camelCase aliases warn as python3's (3.10+) do, blaming the caller.
    warnings is imported here, not at the top: it is heavy, and few
    programs call these."""
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def settrace(func):
    """sys.settrace(func) in every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """sys.setprofile(func) in every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may take it again."""
    return _CRLock(*args, **kwargs)


# ---- Condition

class Condition:
    """A condition variable over a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # For a plain lock: owned means held (by anyone, a Lock has no owner).
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, take it back.
        Whether it was notified (False: timed out)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passed; its last value."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting (the oldest first)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up every thread waiting."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---- Semaphore, BoundedSemaphore

class Semaphore:
    """A counter: acquire() takes one (waiting while it is 0), release() gives."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s at %#x: value=%d>" % (_qualname(self), id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s at %#x: value=%d/%d>" % (_qualname(self), id(self),
                                             self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event

class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s at %#x: %s>" % (_qualname(self), id(self),
                                    'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Until the flag is set or the timeout passed; the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """`parties` threads wait until all of them have arrived, then all go on.

    A round is filling (threads arrive) then draining (they leave); a
    thread arriving while the last round drains waits for it to end."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = self._FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s at %#x: broken>" % (_qualname(self), id(self))
        return "<%s at %#x: waiters=%d/%d>" % (_qualname(self), id(self),
                                               self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Arrive and wait for the others; this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (self._DRAINING, self._RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (self._RESETTING, self._DRAINING):
            self._state = self._FILLING
            self._cond.notify_all()

    def reset(self):
        """Back to empty; threads waiting get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == self._FILLING:
                    self._state = self._RESETTING
                elif self._state == self._BROKEN:
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        """Broken for good: waiting threads and later arrivals get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == self._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == self._BROKEN


# ---- the thread registry

_active_limbo_lock = RLock()
_active = {}      # ident -> Thread, for threads running
_limbo = {}       # Thread -> Thread, started but not yet running
_counter = 0      # the N of "Thread-N"


def _newname(template="Thread-%d"):
    global _counter
    with _active_limbo_lock:
        _counter += 1
        return template % _counter


class ExceptHookArgs:
    """What excepthook receives (CPython's is a struct sequence)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


excepthook = _thread._excepthook
__excepthook__ = excepthook


def _report(thread, exc):
    """An exception run() let out, to threading.excepthook (looked up now,
    so the user's replacement is the one called)."""
    try:
        excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))
    except BaseException as hook_exc:
        # As CPython falls back to sys.excepthook: the hook's own failure.
        _thread._excepthook(ExceptHookArgs(type(hook_exc), hook_exc,
                                           hook_exc.__traceback__, thread))


# ---- Thread

class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) on a
    new OS thread, once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._sentinel = None
        self._started = False
        self._is_stopped = False
        self._locals = {}
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Run run() on a new thread; once only."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        sentinel = _allocate_lock()
        sentinel.acquire()
        with _active_limbo_lock:
            _limbo[self] = self
        self._started = True
        self._sentinel = sentinel
        try:
            self._ident, self._native_id = _start_thread(self._name, self._bootstrap, sentinel)
        except BaseException:
            with _active_limbo_lock:
                del _limbo[self]
            self._started = False
            self._sentinel = None
            raise

    def _bootstrap(self):
        # The new thread may run before start() has _start_thread's answer,
        # so it records its own ids: run() can ask for them at once.
        ident = get_ident()
        self._ident = ident
        self._native_id = get_native_id()
        try:
            with _active_limbo_lock:
                _active[ident] = self
                _limbo.pop(self, None)
            if _trace_hook:
                sys.settrace(_trace_hook)
            if _profile_hook:
                sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException as exc:
                _report(self, exc)
        finally:
            with _active_limbo_lock:
                if _active.get(ident) is self:
                    del _active[ident]

    def run(self):
        """What the thread does: target(*args, **kwargs).  Subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread may live on: let go of the target and its arguments.
            del self._target, self._args, self._kwargs

    def _wait_for_end(self, block=True, timeout=-1):
        sentinel = self._sentinel
        if sentinel is None:
            return
        if sentinel.acquire(block, timeout):
            sentinel.release()
            self._is_stopped = True
            self._sentinel = None

    def join(self, timeout=None):
        """Wait until the thread ends, or for at most `timeout` seconds."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_end()
        else:
            self._wait_for_end(timeout=max(timeout, 0))

    def is_alive(self):
        """Started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started:
            return False
        self._wait_for_end(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class _MainThread(Thread):
    """The thread the program started on; alive until _shutdown."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._sentinel = _allocate_lock()
        self._sentinel.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread `_thread` started, seen by current_thread(): always alive,
    daemonic, not joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- module functions

def current_thread():
    """The Thread object of the calling thread."""
    t = _active.get(get_ident())
    if t is None:
        return _DummyThread()
    return t


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    """How many threads are alive (the main thread included)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects alive now: started (or running) and not ended."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """func(*arg, **kwargs) at exit, before the non-daemon threads are
    joined (latest registered first): how a pool stops its workers."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """At exit, on the main thread: the main thread ends, the _register_atexit
    calls run, then wait for every non-daemon thread (also those started
    meanwhile)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    _main_thread._is_stopped = True
    _main_thread._sentinel.release()
    _main_thread._sentinel = None
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    while True:
        with _active_limbo_lock:
            # is_alive, not presence: a thread the VM ended without running
            # its finally (a refused instruction) is still listed.
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not _main_thread and t.is_alive()]
        if not pending:
            return
        for t in pending:
            t.join()


# ---- thread-local data

class _local:
    """Attributes each thread sees for itself.

    A thread's attributes live in a dict the thread's Thread object keeps
    (so they go when the thread goes), keyed by this object's serial.  In a
    thread other than the creator, the first access runs a subclass's
    __init__ again with the arguments the object was made with, as
    CPython's does; __new__ keeps them, since a subclass's __init__ need
    not pass them on to super()."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        self.__dict__['_local__args'] = (args, kwargs)
        # The creating thread's dict exists before the type call runs
        # __init__, so __init__ runs there once, not twice.
        _local_dict(self)
        return self

    # The calling thread's dict stands where an instance's __dict__ would:
    # a class's data descriptors (properties) come first, then the thread's
    # values, then the rest of the class (a class attribute is a default).
    def __getattribute__(self, name):
        if name == '__dict__' or name == '__class__':
            return object.__getattribute__(self, name)
        descr = _class_attr(type(self), name)
        if not _is_data_descriptor(descr):
            d = _local_dict(self)
            if name in d:
                return d[name]
            if descr is _MISSING:
                raise AttributeError(_local_no_attr(self, name))
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        descr = _class_attr(type(self), name)
        if _is_data_descriptor(descr):
            type(descr).__set__(descr, self, value)
        else:
            _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(_local_no_attr(self, name))
        del d[name]


# CPython's local is the C type _thread._local, whose messages carry that
# dotted name; a subclass's carry its own __name__.
_local.__module__ = '_thread'
_thread._local = _local
local = _local


def _local_no_attr(obj, name):
    kind = type(obj)
    shown = '_thread._local' if kind is _local else kind.__name__
    return "'%s' object has no attribute '%s'" % (shown, name)


_local_serial = 0
_MISSING = object()


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


def _is_data_descriptor(attr):
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _local_dict(obj):
    """obj's attributes for the calling thread, made (and __init__ run
    again) on a thread's first access."""
    global _local_serial
    own = obj.__dict__
    key = own.get('_local__key')
    if key is None:
        with _active_limbo_lock:
            _local_serial += 1
            key = own['_local__key'] = _local_serial
    dicts = current_thread()._locals
    d = dicts.get(key)
    if d is None:
        d = dicts[key] = {}
        init = type(obj).__init__
        args = own.get('_local__args')
        if args is not None and 'local__ran' in own and init is not object.__init__:
            init(obj, *args[0], **args[1])
        own['local__ran'] = True
    return d


_main_thread = _MainThread()


def _after_fork():
    """In a fork(2) child: CPython 3.8's threading._after_fork."""
    global _active_limbo_lock, _main_thread
    # The lock may have been held by a thread that does not exist here.
    _active_limbo_lock = RLock()
    current = _active.get(get_ident())
    if current is None:
        current = _DummyThread()
    _main_thread = current
    with _active_limbo_lock:
        for thread in list(_active.values()) + list(_limbo.values()):
            if thread is not current:
                thread._is_stopped = True
                thread._sentinel = None
        _limbo.clear()
        _active.clear()
        _active[get_ident()] = current


_os.register_at_fork(after_in_child=_after_fork)
