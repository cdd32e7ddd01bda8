"""itertools for gilvm: CPython's iterator building blocks.

The iterator types are C types (vm/modules/mod__itertools.c) named and
behaving as CPython's; groupby and tee, which share state between several
iterators, are classes here."""

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'starmap',
           'takewhile', 'tee', 'zip_longest', 'product', 'permutations',
           'combinations', 'combinations_with_replacement', 'pairwise']

from _itertools import (count, cycle, repeat, accumulate, chain, compress,
                        dropwhile, filterfalse, islice, starmap, takewhile,
                        zip_longest, product, permutations, combinations,
                        combinations_with_replacement, pairwise)


_MISSING = object()


class groupby:
    """(key, group) for each run of consecutive items with equal keys; a
    group is valid until the next one is asked for."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # The item read ahead and its key (_MISSING: none), and the key of
        # the group given last.
        self._currkey = self._currvalue = self._tgtkey = _MISSING
        self._grouper = None    # the one _grouper that may still read

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        # Skip what the caller left of the current group.
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        self._grouper = _grouper(self, self._tgtkey)
        return self._currkey, self._grouper


class _grouper:
    """One group of a groupby: the items up to the first of another key,
    while the groupby has not moved on."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._grouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = gb._currkey = _MISSING
        return value


_TEE_CHUNK = 57


class _tee:
    """One of tee's iterators.  The copies share a chain of chunks of the
    items read so far; a chunk is dropped once every copy is past it."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._src, self._chunk, self._pos = iterable._src, iterable._chunk, iterable._pos
        else:
            self._src = iter(iterable)
            self._chunk = [[], None]    # [items, the next chunk]
            self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        chunk = self._chunk
        items = chunk[0]
        if self._pos == _TEE_CHUNK:
            if chunk[1] is None:
                chunk[1] = [[], None]
            chunk = self._chunk = chunk[1]
            items = chunk[0]
            self._pos = 0
        if self._pos == len(items):
            items.append(next(self._src))
        value = items[self._pos]
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2):
    """n independent iterators over one iterable (items kept until every
    copy has read them)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
