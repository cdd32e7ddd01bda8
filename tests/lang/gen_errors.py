# PEP 479, errors raised inside generators, the handled exception across yields.
def leaks():
    yield 1
    raise StopIteration("inner")
try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def via_next():
    yield next(iter([]))
try:
    next(via_next())
except RuntimeError as e:
    print(e)

def bad():
    yield 1
    1 / 0
b = bad()
next(b)
try:
    next(b)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(b))

def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise
g = in_handler()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print("reraised", repr(e), type(e.__context__).__name__)

def sees_outer():
    try:
        yield
    finally:
        pass
    yield
try:
    raise IndexError("x")
except IndexError:
    s = sees_outer()
    next(s)
    next(s)
print("ok")

def value_after_except():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    yield "clean"
print(list(value_after_except()))

def uncaught():
    yield 1
    raise ValueError("from a generator")
for x in uncaught():
    print(x)
