"""Telling coroutines and coroutine functions apart from other callables,
and the generator-based coroutines of before async def.

As in Python 3.8, a generator counts as a coroutine: one that uses
`yield from` on futures can be run as a task."""

import functools
import types
import warnings

__all__ = ('coroutine', 'iscoroutine', 'iscoroutinefunction')

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    """True for a coroutine object (what calling an async def gives) or a
    generator."""
    return isinstance(obj, (_CoroutineType, types.GeneratorType))


def iscoroutinefunction(func):
    """True for an async def function, bound method or partial of one."""
    while hasattr(func, 'func') and hasattr(func, 'args'):   # functools.partial
        func = func.func
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return (code is not None and bool(code.co_flags & _CO_COROUTINE)) or \
        getattr(func, '_is_coroutine', False)


def coroutine(func):
    """Mark a generator-based coroutine (deprecated: use async def).

    A generator function's generators become awaitable; any other function
    is wrapped in one that awaits what it returns, if that is awaitable.
    iscoroutinefunction is true of the result either way."""
    warnings.warn('"@coroutine" decorator is deprecated since Python 3.8, use "async def" '
                  'instead', DeprecationWarning, stacklevel=2)
    if iscoroutinefunction(func):
        return func
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_GENERATOR:
        coro = func
    else:
        @functools.wraps(func)
        def coro(*args, **kwargs):
            result = func(*args, **kwargs)
            if isinstance(result, types.GeneratorType):
                result = yield from result
            elif hasattr(type(result), '__await__'):
                result = yield from result.__await__()
            return result
    coro = types.coroutine(coro)
    coro._is_coroutine = True
    return coro
