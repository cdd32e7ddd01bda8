# sys.getsizeof: grows with what an object owns, __sizeof__, default, errors.
import sys

print(sys.getsizeof([]) < sys.getsizeof(list(range(100))) < sys.getsizeof(list(range(1000))))
print(sys.getsizeof("") < sys.getsizeof("a" * 100) < sys.getsizeof("a" * 1000))
print(sys.getsizeof(b"") + 1000 <= sys.getsizeof(b"x" * 1000))
print(sys.getsizeof(()) < sys.getsizeof(tuple(range(50))))
print(sys.getsizeof({}) < sys.getsizeof({i: i for i in range(1000)}))
print(sys.getsizeof(set()) < sys.getsizeof(set(range(1000))))
print(sys.getsizeof(bytearray()) < sys.getsizeof(bytearray(1000)))
print(sys.getsizeof(0) < sys.getsizeof(10 ** 100) < sys.getsizeof(10 ** 1000))
print(sys.getsizeof(object()) > 0, sys.getsizeof(None) > 0)
print(sys.getsizeof(1.5) == sys.getsizeof(2.5))

# a list's item array is counted: appending eventually grows it
l = []
sizes = {sys.getsizeof(l)}
for i in range(100):
    l.append(i)
    sizes.add(sys.getsizeof(l))
print(len(sizes) > 3)


class Sub(list):
    pass


print(sys.getsizeof(Sub(range(1000))) > sys.getsizeof(Sub()))
print([].__sizeof__() <= sys.getsizeof([]))
print(object().__sizeof__() == sys.getsizeof(object()))


class Hundred:
    def __sizeof__(self):
        return 100


class Str:
    def __sizeof__(self):
        return "x"


class Negative:
    def __sizeof__(self):
        return -1


class Huge:
    def __sizeof__(self):
        return 2 ** 70


class Boom:
    def __sizeof__(self):
        raise KeyError("boom")


print(sys.getsizeof(Hundred()) >= 100, sys.getsizeof(Hundred(), 5) >= 100)
print(sys.getsizeof(Str(), 5), sys.getsizeof(Str(), default=7), sys.getsizeof(Str(), None))
for obj in (Str(), Negative(), Huge(), Boom()):
    try:
        sys.getsizeof(obj)
    except Exception as e:
        print(type(e).__name__, e)
for obj in (Negative(), Huge(), Boom()):
    try:
        sys.getsizeof(obj, 0)
    except Exception as e:
        print("with default:", type(e).__name__, e)
for args in ((1, 2, 3),):
    try:
        sys.getsizeof(*args)
    except TypeError as e:
        print("TypeError", e)
