# __init_subclass__, __set_name__, descriptors, properties, __slots__, the
# type(name, bases, dict) form and class/static methods.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Json5(Json, name="json5"):
    pass


print(Plugin.registry, Csv.plugin_name, Json5.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(e)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.attr = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.attr[1:], self.kind.__name__))
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        print("delete", self.attr)


class Lazy:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Lazy(%s)" % self.f.__name__
        v = obj.__dict__[self.f.__name__] = self.f(obj)
        return v


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def greeting(self):
        print("computing greeting")
        return "hi " + self.name

    @property
    def initials(self):
        return self.name[0]

    @initials.setter
    def initials(self, v):
        self.name = v + self.name[1:]

    @initials.deleter
    def initials(self):
        print("deleting initials")

    @staticmethod
    def species():
        return "human"

    @classmethod
    def anon(cls):
        return cls("anon", 0)


p = Person("ada", 36)
print(p.name, p.age, p._age, p.greeting, p.greeting, Person.greeting, type(Person.age).__name__)
p.__dict__["age"] = "shadow"
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
p.initials = "E"
print(p.initials, p.name)
del p.initials
print(Person.species(), p.species(), Person.anon().name, type(Person.anon()).__name__)
ro = property(lambda self: 1)


class RO:
    x = ro


try:
    RO().x = 2
except AttributeError as e:
    print(e)
try:
    del RO().x
except AttributeError as e:
    print(e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(1, 2)
print(pt.x, pt.y, hasattr(pt, "__dict__"), Point.x)
try:
    pt.z = 3
except AttributeError as e:
    print(e)
del pt.y
try:
    pt.y
except AttributeError as e:
    print(e)


class Point3(Point):
    __slots__ = ("z",)


p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.z, hasattr(p3, "__dict__"))


class Free(Point):
    pass


fr = Free(1, 2)
fr.extra = 1
print(fr.__dict__)
Dyn = type("Dyn", (Point3,), {"__slots__": (), "total": lambda self: self.x + self.y + self.z})
dd = Dyn(1, 2)
dd.z = 3
print(Dyn.__name__, dd.total(), [k.__name__ for k in Dyn.__mro__], type(dd) is Dyn)
Empty = type("Empty", (), {})
print(Empty.__bases__[0].__name__, type(Empty()).__name__)
