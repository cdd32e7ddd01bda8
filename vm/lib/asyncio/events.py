"""Callback handles, which event loop is current, and the policy that
decides it.

Each thread has at most one running loop (the one inside run_forever);
get_event_loop prefers it.  Otherwise the event loop policy answers: the
default one keeps a "current" loop per thread, set by set_event_loop, and
only the main thread gets a loop made on demand."""

import threading

__all__ = ('AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
           'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
           'get_event_loop_policy', 'set_event_loop_policy')


class AbstractEventLoop:
    """What every event loop is an instance of (for isinstance checks and
    annotations); base_events.EventLoop is the one implementation."""


class AbstractServer:
    """What loop.create_server and create_unix_server give: listening
    sockets that can be closed, and waited for once closed."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


class Handle:
    """A callback the loop will call once, unless cancelled first."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ' ' + _describe(self._callback, self._args)
        return '<{}{}>'.format(type(self).__name__, state)

    def cancel(self):
        self._cancelled = True
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _describe(self._callback, self._args),
                'exception': exc, 'handle': self})


def _describe(callback, args):
    """callback(args) at file:line, the way CPython's messages name a callback."""
    text = '{}({})'.format(getattr(callback, '__qualname__', repr(callback)),
                           ', '.join(repr(a) for a in args))
    code = getattr(getattr(callback, '__func__', callback), '__code__', None)
    if code is not None:
        text += ' at {}:{}'.format(code.co_filename, code.co_firstlineno)
    return text


class TimerHandle(Handle):
    """A Handle due at a loop time; ordered by that time in the loop's heap."""

    __slots__ = ('_when', '_in_heap')

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._in_heap = True

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def cancel(self):
        # Only timers still in the heap count towards a purge of it.
        if not self._cancelled and self._in_heap:
            self._loop._timer_cancelled()
        super().cancel()


# The running loop of each thread; a thread that never set one reads None.
_current = threading.local()


def _get_running_loop():
    return getattr(_current, 'running', None)


def _set_running_loop(loop):
    _current.running = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError outside one."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else the policy's current one for this thread."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop, set_event_loop and new_event_loop
    (and so asyncio.run) use; set_event_loop_policy installs one."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; only the main thread gets one made on
    demand.  new_event_loop calls _loop_factory (the selector loop unless
    a subclass names another class)."""

    _loop_factory = None

    def __init__(self):
        self._local = threading.local()

    def get_event_loop(self):
        if (not getattr(self._local, 'set_called', False)
                and threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        loop = getattr(self._local, 'loop', None)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return loop

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError('loop must be an instance of AbstractEventLoop or None, not {!r}'
                            .format(type(loop).__name__))
        self._local.set_called = True
        self._local.loop = loop

    def new_event_loop(self):
        factory = self._loop_factory
        if factory is None:
            from .base_events import EventLoop as factory
        return factory()


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    """The policy in force, a DefaultEventLoopPolicy until one is set."""
    global _policy
    with _policy_lock:
        if _policy is None:
            _policy = DefaultEventLoopPolicy()
        return _policy


def set_event_loop_policy(policy):
    """Install policy (None: a fresh default one when next needed)."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError('policy must be an instance of AbstractEventLoopPolicy or None, '
                        'not {!r}'.format(type(policy).__name__))
    _policy = policy
