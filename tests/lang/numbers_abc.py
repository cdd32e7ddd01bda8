import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in (3, True, 2.5, 10**40, 'x', None, [1]):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(bool, Rational), issubclass(float, Rational))
print(issubclass(Integral, Number), issubclass(Real, Integral), issubclass(str, Number))
print(sorted(Integral.__abstractmethods__)[:6])
print(sorted(Rational.__abstractmethods__))
print(Number.__hash__ is None)

try:
    Real()
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])


class Cents(numbers.Integral):
    """A whole number of cents: implements only what Integral leaves abstract."""
    def __init__(self, n): self.n = n
    def __int__(self): return self.n
    def __pow__(self, e, m=None): return Cents(pow(self.n, int(e), m))
    def __rpow__(self, b): return b ** self.n
    def __lshift__(self, o): return Cents(self.n << int(o))
    def __rlshift__(self, o): return o << self.n
    def __rshift__(self, o): return Cents(self.n >> int(o))
    def __rrshift__(self, o): return o >> self.n
    def __and__(self, o): return Cents(self.n & int(o))
    def __rand__(self, o): return o & self.n
    def __xor__(self, o): return Cents(self.n ^ int(o))
    def __rxor__(self, o): return o ^ self.n
    def __or__(self, o): return Cents(self.n | int(o))
    def __ror__(self, o): return o | self.n
    def __invert__(self): return Cents(~self.n)
    def __add__(self, o): return Cents(self.n + int(o))
    def __radd__(self, o): return o + self.n
    def __neg__(self): return Cents(-self.n)
    def __pos__(self): return Cents(self.n)
    def __mul__(self, o): return Cents(self.n * int(o))
    def __rmul__(self, o): return o * self.n
    def __truediv__(self, o): return self.n / int(o)
    def __rtruediv__(self, o): return o / self.n
    def __abs__(self): return Cents(abs(self.n))
    def __eq__(self, o): return self.n == int(o)
    def __hash__(self): return hash(self.n)
    def __trunc__(self): return self.n
    def __floor__(self): return self.n
    def __ceil__(self): return self.n
    def __round__(self, nd=None): return self.n
    def __floordiv__(self, o): return Cents(self.n // int(o))
    def __rfloordiv__(self, o): return o // self.n
    def __mod__(self, o): return Cents(self.n % int(o))
    def __rmod__(self, o): return o % self.n
    def __lt__(self, o): return self.n < int(o)
    def __le__(self, o): return self.n <= int(o)
    def __repr__(self): return 'Cents(%d)' % self.n


c = Cents(250)
print(isinstance(c, Real), isinstance(c, Integral), c.numerator, c.denominator)
print(float(c), divmod(c, 7), c - 50, 1000 - c)
print(c.real, c.imag, c.conjugate(), bool(Cents(0)), bool(c))


class Half(numbers.Rational):
    """Rational's float() divides numerator by denominator."""
    numerator = 1
    denominator = 2
for name in sorted(Half.__abstractmethods__)[:3]:
    print('still abstract:', name)


class Tally:
    pass
Integral.register(Tally)
print(isinstance(Tally(), Number), isinstance(Tally(), Integral))
try:
    Real.register(3)
except TypeError as e:
    print('TypeError', e)
