# dir(): sorted names of a scope, a module, a class (along its MRO), an
# instance (its __dict__ plus its class's), or what a __dir__ method says.
import math


def public(names):
    return [n for n in names if not n.startswith("__")]


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    zeta = 2

    def alpha(self):
        pass


c = Child()
c.own = 3
c.another = 4
print(public(dir(Child)))
print(public(dir(c)))
print("sqrt" in dir(math), "pi" in dir(math))
print(dir(c) == sorted(dir(c)))


def scope():
    b = 1
    a = 2
    return dir()


print(scope())


class Custom:
    def __dir__(self):
        return ["z", "b", "a"]


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("__init__" in dir(Child), "__class__" in dir(c))
