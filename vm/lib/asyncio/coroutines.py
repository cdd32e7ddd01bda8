"""Telling coroutines and coroutine functions apart from other callables."""

__all__ = ('iscoroutine', 'iscoroutinefunction')

_CO_COROUTINE = 0x80


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    """True for a coroutine object (what calling an async def gives)."""
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    """True for an async def function, bound method or partial of one."""
    while hasattr(func, 'func') and hasattr(func, 'args'):   # functools.partial
        func = func.func
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return (code is not None and bool(code.co_flags & _CO_COROUTINE)) or \
        getattr(func, '_is_coroutine', False)
