# getattr(o, name, default) and hasattr: any AttributeError (a property's, a
# __getattr__'s, __getattribute__'s) gives the default; any other error passes;
# an AttributeError a __getattr__ raised gets the name and object, as 3.10+.
class P:
    @property
    def bad(self): raise AttributeError("inner")
    @property
    def boom(self): raise ValueError("v")
    def __getattr__(self, n):
        if n == 'dyn': return 42
        raise AttributeError(n)
class G:
    def __getattribute__(self, n):
        if n == 'x': return 1
        raise AttributeError(n)
class E:
    def __getattr__(self, n): raise KeyError(n)
p = P()
print(getattr(p, 'bad', 'd1'), getattr(p, 'dyn', 'd2'), getattr(p, 'nope', 'd3'), hasattr(p, 'bad'), hasattr(p, 'dyn'))
try: getattr(p, 'boom', 'd')
except ValueError as e: print('VE', e)
try: hasattr(p, 'boom')
except ValueError as e: print('VE', e)
print(getattr(G(), 'x', 0), getattr(G(), 'y', 'dg'), hasattr(G(), 'y'))
try: getattr(E(), 'z', 0)
except KeyError as e: print('KE', e)
import sys, os
print(getattr(sys, 'nothing', 'ds'), hasattr(os, 'path'), getattr(1, 'real', None), getattr(1, 'imag2', 'di'), hasattr(int, 'from_bytes'), getattr(int, 'zz', 'dt'))
class Slot:
    __slots__ = ('a',)
s = Slot(); print(getattr(s, 'a', 'unset'), hasattr(s, 'a')); s.a = 5; print(getattr(s, 'a', 'unset'))
try: getattr(p, 3, 0)
except TypeError as e: print(e)
try: getattr(p)
except TypeError as e: print(e)
try: getattr(p, 'nope')
except AttributeError as e: print(repr(e), e.name, e.obj is p)
class A:
    def __getattr__(self, n):
        raise AttributeError('custom')
a = A()
for get in (lambda: a.foo, lambda: getattr(a, 'foo')):
    try:
        get()
    except AttributeError as e:
        print(e, e.name, e.obj is a)
try:
    (1).foo
except AttributeError as e:
    print(e, e.name, e.obj)
