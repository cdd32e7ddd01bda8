"""tracemalloc for gilvm: importable, never tracing.

CPython's tracemalloc records the traceback of every memory block its
allocator hands out.  gilvm allocates through the C library with no hook
that knows the Python frame asking, so no trace can be kept: start()
refuses in one line, and the queries answer as CPython's do while not
tracing (no traced memory, no object traceback, no snapshot).
"""

__all__ = ['start', 'stop', 'is_tracing', 'clear_traces', 'get_traced_memory',
           'reset_peak', 'get_tracemalloc_memory', 'get_traceback_limit',
           'get_object_traceback', 'take_snapshot', 'Filter', 'DomainFilter']

_REFUSAL = ("tracemalloc is not available in gilvm: its allocator keeps no "
            "per-allocation traceback to trace")


def start(nframe=1):
    raise NotImplementedError(_REFUSAL)


def stop():
    """Nothing is traced, so nothing to stop."""


def is_tracing():
    return False


def clear_traces():
    """No traces are kept, so none to clear."""


def reset_peak():
    """No traced memory, so no peak."""


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return 1


def get_object_traceback(obj):
    return None


def take_snapshot():
    raise RuntimeError("the tracemalloc module must be tracing memory "
                       "allocations to take a snapshot")


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    """Which traces a snapshot keeps, by file name pattern and line."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain


class DomainFilter(BaseFilter):
    """Which traces a snapshot keeps, by address space."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self.domain = domain
