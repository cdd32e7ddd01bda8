# sys._getframe: frame snapshots with code, line, locals, globals and callers.
import sys

def inner(a, b=2):
    c = a + b
    here = sys._getframe().f_lineno, sorted(sys._getframe().f_locals)
    return sys._getframe(), here

def outer():
    x = "outer-local"
    return inner(1), sys._getframe(0)

(f, here), o = outer()
print(f.f_code.co_name, here, f.f_locals['c'])
print(f.f_back.f_code.co_name, f.f_back.f_lineno, f.f_back.f_locals['x'])
print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
print(f.f_globals is globals(), o.f_code.co_name, type(f).__name__)
print(sys._getframe().f_locals is globals(), sys._getframe().f_code.co_name)

def closure():
    y = 5
    def g():
        return y, sys._getframe(1).f_code.co_name, sys._getframe().f_locals
    return g()
print(closure())

def depth_of():
    n, fr = 0, sys._getframe()
    while fr:
        n, fr = n + 1, fr.f_back
    return n
print(depth_of())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
print(repr(sys._getframe()).startswith("<frame at 0x"))
