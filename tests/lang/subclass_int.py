# int and float subclasses: the value comes from __new__; arithmetic on
# them gives plain ints and floats, as CPython's.
class Plain(int):
    pass


i = Plain(5)
i.note = "n"
print(i, repr(i), i.note, type(i).__name__, isinstance(i, int), type(i) is Plain)
for r in (i + 1, 1 + i, i * i, i - 2, 2 - i, i // 2, i % 3, i ** 2, -i, abs(Plain(-3)), ~i, i << 1, i & 4):
    print(r, type(r).__name__, end="; ")
print()
print(i == 5, 5 == i, i < 6, hash(i) == hash(5), {5: "five"}[i], int(i), type(int(i)).__name__, float(i))
print(str(i), "%d" % i, f"{i:03d}", [0, 1, 2, 3, 4, 5][i], range(10)[i], bool(Plain(0)), Plain("12", 8))
print(i.bit_length(), i.to_bytes(2, "big"), divmod(i, 2), round(i), max(i, 3), Plain(2**70) > 2**69)


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __repr__(self):
        return "Money(%d, %r)" % (int(self), self.currency)

    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    __radd__ = __add__


m = Money(1250)
print(m, repr(m), [m], m + 5, 5 + m, type(m + 5).__name__, m * 2, type(m * 2).__name__, sum([m, m], Money(0)))


class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError("not positive: %d" % v)
        return super().__new__(cls, v)

    def __init__(self, v):
        self.orig = v


print(Positive(3), Positive(3).orig)
try:
    Positive(-1)
except ValueError as e:
    print(e)


class Flag(int):
    def __bool__(self):
        return False


print(bool(Flag(7)), "yes" if Flag(7) else "no", Flag(7) + 0)


class F(float):
    def half(self):
        return self / 2


f = F(2.5)
print(f, repr(f), f.half(), type(f.half()).__name__, f * 2, type(-f).__name__, f == 2.5, f > 2, F("1e3"), f.is_integer())
print(int(F(3.9)), round(f), hash(F(1.0)) == hash(1), isinstance(f, float), F(), F(7))
try:
    Plain("x")
except ValueError as e:
    print(e)
try:
    int.__new__(F, 1)
except TypeError as e:
    print(e)
try:
    int.__new__(5)
except TypeError as e:
    print(e)
