"""itertools for gilvm: CPython's iterator building blocks.

The iterator types are C types (vm/modules/mod__itertools.c) named and
behaving as CPython's; tee is a function here, making _tee copies."""

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'starmap',
           'takewhile', 'tee', 'zip_longest', 'product', 'permutations',
           'combinations', 'combinations_with_replacement', 'pairwise']

from _itertools import (count, cycle, repeat, accumulate, chain, compress,
                        dropwhile, filterfalse, islice, starmap, takewhile,
                        zip_longest, product, permutations, combinations,
                        combinations_with_replacement, pairwise, groupby,
                        _grouper, _tee)


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
