# Cycles through classes, methods using super() (the __class__ cell),
# bound methods, properties and exceptions: the collector frees them and
# runs the finalizers of what they held.
import gc


class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Derived(Base):
    def __init__(self, name):
        super().__init__(name)

    @property
    def shout(self):
        return self.name.upper()


Derived.instance = Derived("class attribute")
print(Derived.instance.shout)
del Derived
print("class cycle found:", gc.collect() > 0)

b = Base("bound method")
b.m = b.__init__
del b
print("bound method cycle found:", gc.collect() > 0)

try:
    raise ValueError("boom")
except ValueError as e:
    e.holder = Base("held by an exception")
    e.holder.exc = e
print("after except")
print("exception cycle found:", gc.collect() > 0)


def make():
    data = {"name": "closure"}

    def get():
        return data, get
    data["get"] = get
    return Base("in a closure cycle")


x = make()
x.self = x
del x
print("found:", gc.collect() > 0)
print("nothing left:", gc.collect())
