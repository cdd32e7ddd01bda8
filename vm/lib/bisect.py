"""bisect for gilvm: binary search and insertion into sorted lists, as python3.11's (key= too).

Every function looks at a[lo:hi] (hi None means len(a)) and compares with
< only, so any ordered items work."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, len(a) if hi is None else hi


def _key_of(key):
    return (lambda item: item) if key is None else key


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index after the last item <= x: x goes there to stay after its equals.
    With key, x is compared with key(item)."""
    lo, hi = _bounds(a, lo, hi)
    key = _key_of(key)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < key(a[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index of the first item >= x: x goes there to stay before its equals.
    With key, x is compared with key(item)."""
    lo, hi = _bounds(a, lo, hi)
    key = _key_of(key)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it (by key(x) with key)."""
    a.insert(bisect_right(a, _key_of(key)(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it (by key(x) with key)."""
    a.insert(bisect_left(a, _key_of(key)(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
