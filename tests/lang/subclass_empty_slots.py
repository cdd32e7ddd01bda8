# Subclasses of variable-size built-ins (tuple, str, bytes, int) with empty
# __slots__: no __dict__, and the instance holds the whole value.
class T(tuple):
    __slots__ = ()
class S(str):
    __slots__ = ()
class B(bytes):
    __slots__ = ()
class I(int):
    __slots__ = ()
class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

for v in (T(range(40)), S("x" * 300), B(b"ab" * 200), I(2 ** 200), P(3, 4)):
    print(type(v).__name__, len(str(v)), v == type(v).__mro__[1](v), hash(v) == hash(type(v).__mro__[1](v)))
    try:
        v.extra = 1
    except AttributeError as e:
        print("  AttributeError:", e)
    print("  has __dict__:", hasattr(v, "__dict__"))
p = P(3, 4)
print(p, p.x + p.y, p[::-1], sum(T(range(40))), S("ab").upper(), I(2 ** 70) + 1)
try:
    class Q(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
