# __get__ on functions, staticmethod and classmethod: Python code that binds
# a function itself gets what a class attribute lookup would give.
def f(self, x=0): return (type(self).__name__, x)
class A:
    def m(self): return "m"
    @staticmethod
    def s(v): return ("s", v)
    @classmethod
    def c(cls, v): return (cls.__name__, v)
class B(A): pass
a = A()
bm = f.__get__(a, A)
print(bm(1), bm.__self__ is a, f.__get__(None, A) is f, f.__get__(a)(2))
print(A.__dict__['s'].__get__(a, A)(1), A.__dict__['c'].__get__(a, A)(2), A.__dict__['c'].__get__(None, B)(3), A.__dict__['c'].__get__(B())(4))
print(A.__dict__['m'].__get__(a)(), hasattr(len, '__get__'))
def bind_all(obj, funcs):
    for fn in funcs:
        setattr(obj, fn.__name__, fn.__get__(obj))
def hello(self): return "hello from " + type(self).__name__
bind_all(a, [hello]); print(a.hello())
try: A.__dict__['c'].__get__(None, None)
except TypeError as e: print(e)
try: f.__get__()
except TypeError as e: print("TypeError")
import types
print(isinstance(f.__get__(a), types.MethodType))
