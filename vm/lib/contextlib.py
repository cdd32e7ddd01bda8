"""contextlib for gilvm: helpers for with statements, as CPython 3.8's (and 3.11's chdir).

contextmanager turns a generator that yields once into a context manager:
the body of the with runs at the yield, an exception from the body is
thrown in there.  ExitStack keeps a stack of exit callbacks and unwinds
it like nested with statements: each callback sees the exception the
ones after it left (or None), and one that returns true swallows it."""

from types import GenericAlias as _GenericAlias
import sys

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress', 'asynccontextmanager', 'AbstractAsyncContextManager', 'chdir']


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses supply __exit__."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that can also decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, '__name__', 'inner')
        inner.__doc__ = getattr(func, '__doc__', None)
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager @contextmanager builds for one call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, '__doc__', None)

    def _recreate_cm(self):
        # a decorated function makes a fresh generator on each call
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as exc:
            swallowed = _thrown_outcome(exc, value, StopIteration, StopIteration)
            if swallowed is None:
                raise
            return swallowed
        raise RuntimeError("generator didn't stop after throw()")


def _thrown_outcome(exc, value, stop, wrapped):
    """What an __exit__ returns once throwing value into its generator
    raised exc, or None when exc must propagate.  A generator that caught
    value and finished (stop) swallows it, unless what stopped it is value
    itself; value coming back, alone or as the cause of the RuntimeError
    that a thrown-in StopIteration (wrapped) becomes, is not swallowed."""
    if isinstance(exc, stop):
        return exc is not value
    if exc is value:
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, wrapped) and exc.__cause__ is value:
        return False
    return None


def contextmanager(func):
    """@contextmanager: func is a generator yielding once; calling it gives a context manager."""
    return _cm_maker(func, _GeneratorContextManager)


def _cm_maker(func, cm_class):
    """A function with func's name and doc whose call makes a cm_class over func(...)."""
    def helper(*args, **kwds):
        return cm_class(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__qualname__ = getattr(func, '__qualname__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class AbstractAsyncContextManager:
    """A base whose __aenter__ returns self; subclasses supply __aexit__."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """The async context manager @asynccontextmanager builds for one call:
    the same protocol as _GeneratorContextManager over an async generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as exc:
            swallowed = _thrown_outcome(exc, value, StopAsyncIteration,
                                        (StopIteration, StopAsyncIteration))
            if swallowed is None:
                raise
            return swallowed
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """@asynccontextmanager: func is an async generator yielding once; calling
    it gives an async context manager (for `async with`)."""
    return _cm_maker(func, _AsyncGeneratorContextManager)


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []   # a stack, so one object can be re-entered

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Within the with, sys.stdout is new_target."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Within the with, sys.stderr is new_target."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the with body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks unwound, last in first out, when the with ends."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add exit (a context manager's __exit__, or a callable of the same
        three arguments) to the stack; returns exit, so it can decorate."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        exit_method = cls.__exit__
        result = cls.__enter__(cm)
        self._push_cm_exit(cm, exit_method)
        return result

    def callback(*args, **kwds):
        """Push a call of callback(*args, **kwds) that ignores any exception."""
        if len(args) < 2:
            raise TypeError('callback() missing the callback argument')
        self, callback, args = args[0], args[1], args[2:]

        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Unwind the stack now, with no exception."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        pending = exc_details[1] if received else None
        suppressed = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if pending is None:
                    result = cb(None, None, None)
                else:
                    result = _call_handling(cb, pending)
                if result:
                    pending = None
                    suppressed = True
            except BaseException as new_exc:
                pending = new_exc
        if pending is not None and pending is not exc_details[1]:
            raise pending
        return received and suppressed


def _call_handling(cb, exc):
    """cb(type, exc, tb) run as a nested with's __exit__ would be: while exc
    is being handled, so an exception cb raises takes exc as its context."""
    tb = exc.__traceback__
    try:
        raise exc
    except BaseException:
        exc.with_traceback(tb)   # the raise here is no part of exc's story
        return cb(type(exc), exc, tb)


class chdir(AbstractContextManager):
    """Work in path for the with block, then return to the directory before;
    nested and reused uses each return to their own."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
