# isinstance/issubclass over a deeply nested classinfo tuple: each level
# counts against the recursion limit (RecursionError, never a C stack
# overflow); `except` looks only one tuple deep.
import sys

def nest(depth, base):
    c = base
    for _ in range(depth):
        c = (c,)
    return c

for depth in (3, 900, 2000, 300000):
    c = nest(depth, int)
    for fn, arg in ((isinstance, 1), (issubclass, bool)):
        try:
            print(depth, fn.__name__, fn(arg, c))
        except RecursionError as e:
            print(depth, fn.__name__, "RecursionError:", e)
    del c

# The first match ends the search: an invalid item after it is never seen.
print(isinstance(1, (int, 3)), isinstance(1, ()), issubclass(3, ()))
for fn, args in ((isinstance, (1, (str, 3))), (issubclass, (bool, nest(4, 3))),
                 (issubclass, (3, int)), (issubclass, (3, (int,))), (isinstance, (1, 3))):
    try:
        fn(*args)
    except TypeError as e:
        print("TypeError:", e)

for spec in (((ValueError,),), nest(300000, ValueError), (ValueError, 3)):
    try:
        try:
            raise ValueError("x")
        except spec:
            print("caught")
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise KeyError("k")
    except (ValueError, (KeyError,)) as e:
        print("nested tuple caught", e)
except TypeError as e:
    print("TypeError:", e, "| while handling", repr(e.__context__))
