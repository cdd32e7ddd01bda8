# expect: 0
# isinstance/issubclass over a classinfo tuple 300,000 deep recursed in C
# without bound (a C stack overflow), and `except` accepted a nested tuple.
# Found once the fuzz inputs could grow (tests/fuzz/expand.h).
c = int
e = ValueError
@{300000*c = c,; e = e,
}@for fn, arg in ((isinstance, 1), (issubclass, bool)):
    try:
        fn(arg, c)
    except RecursionError:
        pass
try:
    try:
        raise ValueError
    except e:
        pass
except (TypeError, RecursionError, MemoryError):
    pass
