# property, classmethod and staticmethod can be subclassed, as programs do
# for class-level properties, cached properties and tagged methods.

class classproperty(property):
    def __get__(self, obj, owner):
        return self.fget(owner)

class Config:
    _name = "cfg"
    @classproperty
    def name(cls):
        return cls._name.upper()

class Sub(Config):
    _name = "sub"

print(Config.name, Sub.name, Sub().name, type(Config.__dict__["name"]).__name__)

# A subclass that keeps property's descriptor methods: get, set, delete.
class logged(property):
    log = []
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        logged.log.append(getattr(fget, "__name__", None))
        super().__init__(fget, fset, fdel, doc)

class P:
    def __init__(self):
        self._v = 1
    @logged
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 10
    @v.deleter
    def v(self):
        del self._v

p = P()
print(p.v, type(P.__dict__["v"]).__name__, isinstance(P.__dict__["v"], property))
p.v = 4
print(p.v, p.__dict__)
del p.v
print(hasattr(p, "_v"), logged.log)
try:
    p.v
except AttributeError as e:
    print("AttributeError", e)

# A property subclass without a setter is still a data descriptor: the
# instance dict cannot shadow it.
class ro(property):
    pass
class R:
    @ro
    def x(self):
        return "prop"
r = R()
try:
    r.x = 5
except AttributeError:
    print("AttributeError")   # 3.8 and 3.11 word it differently
r.__dict__["x"] = "dict"
print(r.x, R.x is R.__dict__["x"], R.x.fget(r))

# Extra state on the subclass instance (it has a __dict__).
class cached(property):
    def __init__(self, func):
        super().__init__(func)
        self.attrname = func.__name__
        self.hits = 0
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        cache = obj.__dict__.setdefault("_cache", {})
        if self.attrname not in cache:
            cache[self.attrname] = self.fget(obj)
        else:
            self.hits += 1
        return cache[self.attrname]

class C:
    calls = 0
    @cached
    def heavy(self):
        C.calls += 1
        return 42
c = C()
print(c.heavy, c.heavy, c.heavy, C.calls, C.heavy.hits, C.heavy.attrname)

# classmethod and staticmethod subclasses bind as their bases do.
class tagged_cm(classmethod):
    tag = "cm"
class tagged_sm(staticmethod):
    tag = "sm"
class K:
    @tagged_cm
    def make(cls, x):
        return (cls.__name__, x)
    @tagged_sm
    def add(a, b):
        return a + b
class K2(K):
    pass
print(K.make(1), K2.make(2), K2().make(3), K.add(1, 2), K().add(3, 4))
print(K.__dict__["make"].tag, K.__dict__["add"].tag, K.__dict__["make"].__func__.__name__)
print(K.__dict__["make"].__get__(None, K2)(5), K.__dict__["add"].__get__(None, K)(5, 6))

# A subclass whose __init__ does not initialise its base.
class lazy_cm(classmethod):
    def __init__(self, func):
        self.pending = func
class L:
    @lazy_cm
    def f(cls):
        return 1
try:
    L.f
except RuntimeError as e:
    print("RuntimeError", e)
try:
    tagged_sm(1, 2)
except TypeError as e:
    print("TypeError", e)
