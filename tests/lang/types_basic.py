# types: the built-in types by name, SimpleNamespace, MethodType,
# ModuleType and dynamic class creation.
import sys
import types


def f():
    return 1


def gen():
    yield 1


class C:
    def m(self):
        return "m of " + type(self).__name__


print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType)
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), type(f.__code__) is types.CodeType)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns)
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2),
      types.SimpleNamespace() != types.SimpleNamespace(y=0))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(type(sys.implementation) is types.SimpleNamespace)


class Point(types.SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p.norm1(), p.x)


def speak(self, word):
    return "%s says %s" % (self.name, word)


class Dog:
    name = "rex"


bound = types.MethodType(speak, Dog())
print(bound("woof"), bound.__func__ is speak, type(bound.__self__).__name__)

mod = types.ModuleType("scratch")
mod.value = 42
print(mod.__name__, mod.value, mod.__doc__)
mod2 = types.ModuleType("withdoc", "the doc")
print(mod2.__doc__)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["made_by"] = "Meta" + str(sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


K = types.new_class("K", (), {"metaclass": Meta, "flag": 1}, body)
print(K.__name__, type(K).__name__, K.made_by, K().double())
K2 = types.new_class("K2", (K,))
print(type(K2).__name__, K2.x, K2.__mro__[1].__name__)
meta, ns, kw = types.prepare_class("Z", (K,), {"q": 2})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, K)) == (int, K))
