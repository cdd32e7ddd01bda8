# __setattr__, __getattribute__ and a metaclass's __getitem__ set on a class after
# its creation reach the classes below it, as in CPython; deleting them too.
class A: pass
class B(A): pass
def f(self, n, v): print("set", n, v); object.__setattr__(self, n, v)
A.__setattr__ = f
B().x = 1
def g(self, n): return "got " + n
A.__getattribute__ = g
print(B().y)
del A.__getattribute__
print(getattr(B(), 'y', 'missing'))
class M(type): pass
class N(M): pass
class C(metaclass=N): pass
M.__getitem__ = lambda cls, k: ("meta", k)
print(C[3])
del M.__getitem__
try: C[3]
except TypeError as e: print(e)
