"""itertools for gilvm: CPython's iterator building blocks, as generators.

Each function returns a generator where CPython returns an object of its
own type; what the iterators yield, and when they stop, is CPython's."""

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'starmap',
           'takewhile', 'tee', 'zip_longest', 'product', 'permutations',
           'combinations', 'combinations_with_replacement', 'pairwise']

from operator import index as _index


def count(start=0, step=1):
    """start, start+step, start+2*step, ... without end."""
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    """The items of iterable, again and again (saved on the first pass)."""
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        for item in saved:
            yield item


def repeat(obj, times=None):
    """obj, `times` times (for ever when None)."""
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running func(total, item))."""
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


def chain(*iterables):
    """The items of each iterable in turn."""
    for it in iterables:
        for item in it:
            yield item


def _from_iterable(iterables):
    """chain.from_iterable: chain over an iterable of iterables, read lazily."""
    for it in iterables:
        for item in it:
            yield item


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Skip items while predicate holds, then everything."""
    it = iter(iterable)
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def takewhile(predicate, iterable):
    """Items while predicate holds."""
    for item in iterable:
        if not predicate(item):
            break
        yield item


def filterfalse(predicate, iterable):
    """Items for which predicate is false (or which are false, predicate None)."""
    if predicate is None:
        predicate = bool
    for item in iterable:
        if not predicate(item):
            yield item


def starmap(function, iterable):
    """function(*args) for each args of iterable."""
    for args in iterable:
        yield function(*args)


def _check_islice_arg(v, what, minimum):
    if v is None:
        return None
    try:
        v = _index(v)
    except TypeError:
        v = minimum - 1
    if v < minimum:
        if what == 'Step':
            raise ValueError("Step for islice() must be a positive integer or None.")
        raise ValueError("%s argument for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize." % what)
    return v


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items at those positions, as a slice would pick them."""
    if len(args) == 1:
        start, stop, step = 0, _check_islice_arg(args[0], 'Stop', 0), 1
    elif len(args) in (2, 3):
        start = _check_islice_arg(args[0], 'Indices', 0)
        stop = _check_islice_arg(args[1], 'Stop', 0)
        step = _check_islice_arg(args[2], 'Step', 1) if len(args) == 3 else 1
        if start is None:
            start = 0
        if step is None:
            step = 1
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Reads no item past stop: what follows stays in the source iterator.
    nxt = start
    i = 0
    while stop is None or i < stop:
        for item in it:
            break
        else:
            return
        if i == nxt:
            yield item
            nxt += step
        i += 1


class _GroupState:
    """What groupby's outer and inner generators share."""

    def __init__(self, iterable, key):
        self.it = iter(iterable)
        self.key = key
        self.current = None     # (key, value) read ahead, or None
        self.done = False
        self.group = 0          # which group the inner generator may read

    def advance(self):
        for value in self.it:
            k = value if self.key is None else self.key(value)
            self.current = (k, value)
            return True
        self.done = True
        return False


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with equal keys; a
    group is valid until the next one is asked for."""
    st = _GroupState(iterable, key)
    if not st.advance():
        return
    while not st.done:
        k = st.current[0]
        st.group += 1
        yield k, _grouper(st, k, st.group)
        # Skip what the caller left of this group.
        while not st.done and st.current[0] == k:
            st.advance()


def _grouper(st, k, group):
    while st.group == group and not st.done and st.current[0] == k:
        value = st.current[1]
        st.advance()
        yield value


def tee(iterable, n=2):
    """n independent iterators over one iterable (items buffered until every
    copy has read them)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                for item in it:
                    for b in buffers:
                        b.append(item)
                    break
                else:
                    return
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, until the longest iterable ends; the others padded with fillvalue."""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            for value in it:
                row.append(value)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, repeat=1):
    """The cartesian product, as nested for-loops would give it."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (y,) for r in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    """Every ordering of r items (all of them when None), in lexicographic
    order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    for idx in _perm_indices(list(range(n)), r):
        yield tuple(pool[i] for i in idx)


def _perm_indices(avail, r):
    if r == 0:
        yield ()
        return
    for k in range(len(avail)):
        first = avail[k]
        rest = avail[:k] + avail[k + 1:]
        for tail in _perm_indices(rest, r - 1):
            yield (first,) + tail


def combinations(iterable, r):
    """Every r-item subsequence, in the pool's order."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    for idx in _comb_indices(0, len(pool), r, False):
        yield tuple(pool[i] for i in idx)


def combinations_with_replacement(iterable, r):
    """Like combinations, an item may repeat."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not pool and r:
        return
    for idx in _comb_indices(0, len(pool), r, True):
        yield tuple(pool[i] for i in idx)


def _comb_indices(start, n, r, again):
    if r == 0:
        yield ()
        return
    for i in range(start, n):
        for tail in _comb_indices(i if again else i + 1, n, r - 1, again):
            yield (i,) + tail


def pairwise(iterable):
    """(a, b), (b, c), ... of successive items."""
    it = iter(iterable)
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b
