# int() of an object whose __int__ (or __index__) returns a bool or another
# int subclass: a plain int, with python3's DeprecationWarning; a non-int
# result is a TypeError; a filter can make the warning an error.
import warnings


class Sub(int):
    pass


class A:
    def __int__(self):
        return True


class B:
    def __index__(self):
        return Sub(7)


class C:
    def __int__(self):
        return "3"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for obj in (A(), B()):
        r = int(obj)
        print(type(r).__name__, r)
    print(hex(B()), [1, 2, 3, 4, 5, 6, 7, 8][B()])
for w in caught:
    print(w.category.__name__, str(w.message)[:60], w.filename == __file__)
try:
    int(C())
except TypeError as e:
    print("TypeError", e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(A())
    except DeprecationWarning as e:
        print("DeprecationWarning raised:", str(e)[:40])
