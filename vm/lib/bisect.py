"""bisect for gilvm: binary search and insertion into sorted lists, as python3.11's (key= too).

Every function looks at a[lo:hi] (hi None means len(a)) and compares with
< only, so any ordered items work."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

# The functions CPython writes in C (_bisect) run as one step to other threads,
# as there: a list shared without a lock is never seen half-updated.
from _thread import _atomic


@_atomic
def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, len(a) if hi is None else hi


@_atomic
def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index after the last item <= x: x goes there to stay after its equals.
    With key, x is compared with key(item)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


@_atomic
def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index of the first item >= x: x goes there to stay before its equals.
    With key, x is compared with key(item)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@_atomic
def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it (by key(x) with key)."""
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


@_atomic
def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it (by key(x) with key)."""
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
