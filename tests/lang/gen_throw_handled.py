# A generator thrown the very exception its caller is handling keeps it as
# its own while it waits inside its except block: a bare raise there
# re-raises it, and the caller's handled exception is its own again after.
import sys


def g():
    try:
        yield 1
    except KeyError:
        yield 2
        raise


it = g()
next(it)
try:
    raise KeyError('k')
except KeyError as e:
    print(it.throw(e), sys.exc_info()[1] is e)
try:
    next(it)
except KeyError as e:
    print("re-raised", repr(e))
print(sys.exc_info())


def waits_in_handler():
    try:
        raise ValueError('inner')
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]


w = waits_in_handler()
first = next(w)
try:
    raise TypeError('outer')
except TypeError:
    second = next(w)
    print(repr(first), repr(second), first is second, repr(sys.exc_info()[1]))
