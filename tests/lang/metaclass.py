class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=M):
    x = 1
    def f(self):
        return super().__repr__()[:10]

class B(A, flag=True):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

class C(B, k=2):
    pass

print(type(A).__name__, type(B).__name__, isinstance(A, M), isinstance(A, type), isinstance(A(), A))
print(A.tag, B.tag, A.hello(), B.prop, A.x)
print(A().f())
print(repr(A)[:20], A.__class__ is M)

class Meta2(type):
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        inst.extra = 1
        return inst
class D(metaclass=Meta2):
    def __init__(self, v):
        self.v = v
d = D(5)
print(d.v, d.extra)

class OM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return LogDict()
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class LogDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print("set", k)
        super().__setitem__(k, v)
class E(metaclass=OM, z=1):
    a = 1
    b = a + 1
    def __init_subclass__(cls, **kw): pass
print(E.b)

X = type('X', (A,), {'y': 2})
print(type(X).__name__, X.y, X.tag)
Y = M('Y', (), {})
print(Y.tag)

class P(type): pass
class Q(type): pass
class PA(metaclass=P): pass
class QA(metaclass=Q): pass
try:
    class Bad(PA, QA): pass
except TypeError as e:
    print("TypeError:", e)

class IC(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=IC): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))

# A metaclass that builds its class without passing __classcell__ on.
class NoCell(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcs, name, bases, ns)
try:
    class UsesSuper(metaclass=NoCell):
        def f(self):
            return super().f()
except RuntimeError as e:
    print("RuntimeError:", type(e).__name__)

class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class Z(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError:", e)

# A function as the metaclass: called with (name, bases, ns).
def maker(name, bases, ns):
    return name + "!" + str(sorted(k for k in ns if not k.startswith('__')))
class F(metaclass=maker):
    q = 1
print(F)

# The metaclass comes from the bases; attributes set on the class go to its dict.
class G(A):
    pass
G.newattr = 5
print(type(G).__name__, G.newattr, 'newattr' in G.__dict__, G.tag)
del G.newattr
print(hasattr(G, 'newattr'))

# Metaclass data descriptor with a setter wins over the class dict.
class PM(type):
    @property
    def level(cls):
        return cls._level * 10
    @level.setter
    def level(cls, v):
        cls._level = v
class H(metaclass=PM):
    _level = 1
H.level = 3
print(H.level, H._level)

# type.__new__ directly, __init_subclass__ keywords through type()
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
T = type.__new__(type, 'T', (Base,), {'a': 1})
print(T.__name__, T.a, T.kw)

# Cycles through classes with a metaclass are collected.
import gc
class Node(metaclass=M):
    pass
n = Node()
n.me = n
Node.inst = n
del n, Node
gc.collect()
print("collected")

# The class's own attribute comes before the metaclass's non-data one.
class MM(type):
    def who(cls):
        return "meta"
class WW(metaclass=MM):
    @classmethod
    def who(cls):
        return "class"
print(WW.who(), MM.who(WW), type(WW).who(WW))

# type.__new__ hands over to the most derived metaclass's __new__ only;
# __init__ runs once, from the call that started it.
class M1(type):
    pass
class M2(M1):
    def __new__(mcs, name, bases, ns):
        print("M2.__new__", mcs.__name__, name)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, *args):
        print("M2.__init__", cls.__name__)
class B2(metaclass=M2):
    pass
C2 = M1('C2', (B2,), {})
print(type(C2).__name__)
