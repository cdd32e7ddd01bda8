# abc: abstract methods block instantiation until overridden; register()
# makes virtual subclasses; __subclasshook__ answers issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s area=%s" % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(sorted(Square.__abstractmethods__))
# Two or more names: 3.8 and 3.11 word the message alike.
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError")
sq = Square(3)
print(sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(1, Shape))
print(type(Shape).__name__, isinstance(Shape, ABCMeta))


class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("ab", Sized2))


class Registry(ABC):
    pass


class Plain:
    pass


class PlainChild(Plain):
    pass


print(issubclass(Plain, Registry), isinstance(PlainChild(), Registry))
print(Registry.register(Plain) is Plain)
print(issubclass(Plain, Registry), isinstance(PlainChild(), Registry), issubclass(int, Registry))
Registry.register(int)
print(isinstance(3, Registry), isinstance(3.0, Registry))


class Sub(Registry):
    pass


print(issubclass(Plain, Sub), issubclass(Sub, Registry))
try:
    Registry.register(3)
except TypeError as e:
    print("TypeError:", e)


# Abstract properties and class methods count too.
class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass


print(sorted(WithProp.__abstractmethods__))


class Concrete(WithProp):
    @property
    def value(self):
        return 7

    @classmethod
    def make(cls):
        return cls()


print(Concrete.make().value)


# A class that sets __abstractmethods__ itself.
class Manual:
    pass


Manual.__abstractmethods__ = frozenset({"x", "y"})
try:
    Manual()
except TypeError as e:
    print("TypeError:", e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
