# __del__ on objects in cycles: run once, by the collector (PEP 442), and
# the objects are freed; a second collection finds nothing.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", self.partner.name if hasattr(self, "partner") else None)


gc.collect()
a = Noisy("a")
a.me = a
del a
print("found", gc.collect())
print("found", gc.collect())

# Two finalizers in one cycle: both run before either loses its attributes.
a, b = Noisy("left"), Noisy("right")
a.partner, b.partner = b, a
del a, b
n = gc.collect()
print("found", n)


# A finalizer that raises is reported and the collection goes on.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")


b = Bad()
b.me = b
del b
print("found", gc.collect())


# Functions and closures: a nested function that refers to itself.
def outer():
    def inner():
        return inner
    return inner


f = outer()
del f
print("closure cycle", gc.collect() > 0)
print("done")


# A collection started inside a finalizer that the collector runs finds
# nothing: the collector does not re-enter itself.
class Reenter:
    def __del__(self):
        print("inner collect", gc.collect())


r = Reenter()
r.me = r
del r
print("outer collect", gc.collect())
