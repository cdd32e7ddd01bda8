"""functools for gilvm: higher-order functions, as CPython's.

partial, reduce, wraps/update_wrapper, lru_cache/cache (a dict and a
recency list: hits move to the end, the oldest is evicted),
total_ordering and cmp_to_key."""

from threading import RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'cache', 'reduce',
           'partial']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes it has,
    merge the updated dicts, and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """function(...function(function(s0, s1), s2)..., sn), from initial if given."""
    it = iter(sequence)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """func with some arguments given now, the rest at the call."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


# ---- total_ordering: the three comparisons a class lacks, from the one it has

# How a derived comparison follows from the root's result r (NotImplemented
# passes through), as CPython's total_ordering derives them.
def _not_r_and_ne(r, a, b):
    return not r and a != b


def _r_or_eq(r, a, b):
    return r or a == b


def _not_r(r, a, b):
    return not r


def _not_r_or_eq(r, a, b):
    return not r or a == b


def _r_and_ne(r, a, b):
    return r and a != b


_ROOTS = (('__lt__', (('__gt__', _not_r_and_ne), ('__le__', _r_or_eq), ('__ge__', _not_r))),
          ('__le__', (('__ge__', _not_r_or_eq), ('__lt__', _r_and_ne), ('__gt__', _not_r))),
          ('__gt__', (('__lt__', _not_r_and_ne), ('__ge__', _r_or_eq), ('__le__', _not_r))),
          ('__ge__', (('__le__', _not_r_or_eq), ('__gt__', _r_and_ne), ('__lt__', _not_r))))


def _derived(root, rule, name):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(r, self, other)
    compare.__name__ = name
    return compare


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """Class decorator: given __eq__ and one of <, <=, > or >=, the others."""
    for root, derived in _ROOTS:
        if _defines(cls, root):
            break
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, rule in derived:
        if not _defines(cls, name):
            setattr(cls, name, _derived(root, rule, name))
    return cls


def cmp_to_key(mycmp):
    """A key function (for sorted, min, ...) from an old-style cmp function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- lru_cache

class _CacheInfoRecord:
    """CPython's CacheInfo named tuple: the four counts by name and position."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __getitem__(self, i):
        return (self.hits, self.misses, self.maxsize, self.currsize)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)" % (
            self.hits, self.misses, self.maxsize, self.currsize)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoize the most recent `maxsize` calls (all, when None); arguments
    must be hashable.  Usable bare (@lru_cache) or called (@lru_cache(32))."""
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    order = []            # keys, least recently used first (maxsize set)
    stats = [0, 0]        # hits, misses
    lock = RLock()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize == 0:
            return result
        with lock:
            if key not in cache:
                cache[key] = result
                if maxsize is not None:
                    order.append(key)
                    if len(order) > maxsize:
                        del cache[order.pop(0)]
        return result

    def cache_info():
        with lock:
            return _CacheInfoRecord(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            del order[:]
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)
