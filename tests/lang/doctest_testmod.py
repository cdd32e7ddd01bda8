"""Module doc: doctest.testmod over functions, a class with methods,
static and class methods, a property, __test__, exceptions and directives.

>>> 1 + 1
2
"""

def add(a, b):
    """Adds.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(2, 2)
    5
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    """
    return a + b


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    >>> c.bump()
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n

    @staticmethod
    def s():
        """
        >>> Counter.s()
        's'
        """
        return 's'

    @classmethod
    def c(cls):
        """
        >>> Counter.c().__name__
        'Counter'
        """
        return cls

    @property
    def p(self):
        """
        >>> Counter().p
        42
        """
        return 42

def nodoc():
    pass

def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad thing
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> int('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))  # doctest: +NORMALIZE_WHITESPACE
    [0,  1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
     11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> print(1) # doctest: +SKIP
    999
    >>> boom()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: other detail
    >>> print('a  b')
    a b
    """
    raise ValueError('bad thing')

__test__ = {'extra': """
>>> x = 5
>>> x * 2
11
""", 'fn': nodoc}

if __name__ == '__main__':
    import doctest
    import os
    # python3 makes the script's __file__ absolute, gilvm (as 3.8) keeps it
    # as given: the reports name the file by its base name either way.
    __file__ = os.path.basename(__file__)
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    r = doctest.testmod(report=False, exclude_empty=True)
    print(r, r.failed, r.attempted)
    print(doctest.testmod(verbose=False, optionflags=doctest.NORMALIZE_WHITESPACE, report=False))
    print(doctest.testmod(extraglobs={'x': 1}, report=False))
