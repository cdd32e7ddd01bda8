"""Rational numbers of unbounded precision, written for gilvm.

A Fraction holds an int numerator and a positive int denominator with no
common factor, so equal values have equal terms.  Arithmetic with ints and
Fractions stays exact; with a float it goes through float and gives a float,
as CPython's does.  A Fraction hashes as an equal int or float does, and
compares exactly with both (nan and the infinities included).
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# CPython's numeric hash works modulo this prime; an infinite value hashes
# to _HASH_INF.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
_DIGITS = '0123456789'


def _digits(text):
    """The int written by text: ASCII digits, single underscores between
    them; None when text is not such a literal (or is empty)."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    for c in text:
        if c not in _DIGITS and c != '_':
            return None
    return int(text.replace('_', ''))


def _parse_decimal(text):
    """(numerator, denominator) of 'int[.frac][e[sign]exp]' with a digit on
    some side of the point; None when text is not one."""
    mantissa, exp = text, 0
    for mark in 'eE':
        if mark in mantissa:
            mantissa, _, tail = mantissa.partition(mark)
            if tail[:1] in ('+', '-'):
                sign, tail = tail[0], tail[1:]
            else:
                sign = '+'
            exp = _digits(tail)
            if exp is None:
                return None
            if sign == '-':
                exp = -exp
            break
    whole, point, frac = mantissa.partition('.')
    if not whole and not frac:
        return None
    n = _digits(whole) if whole else 0
    f = _digits(frac) if frac else 0
    if n is None or f is None:
        return None
    scale = 10 ** len(frac.replace('_', ''))
    n, d = n * scale + f, scale
    if exp >= 0:
        return n * 10 ** exp, d
    return n, d * 10 ** -exp


def _parse(text):
    """(numerator, denominator) of a Fraction literal: optional blanks, a
    sign, then 'n/d' (no blanks around the slash) or a decimal."""
    body = text.strip()
    negative = body[:1] == '-'
    if body[:1] in ('+', '-'):
        body = body[1:]
    if body[:1] not in _DIGITS and not (body[:1] == '.' and body[1:2] in _DIGITS):
        return None
    if '/' in body:
        top, _, bottom = body.partition('/')
        n, d = _digits(top), _digits(bottom)
        if n is None or d is None:
            return None
        pair = n, d
    else:
        pair = _parse_decimal(body)
        if pair is None:
            return None
    return (-pair[0], pair[1]) if negative else pair


def _reduced(n, d):
    """A Fraction of n/d (d non-zero) in lowest terms with d > 0."""
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return Fraction._make(n // g, d // g)


class Fraction(numbers.Rational):
    """Fraction(n=0, d=1) from ints or Rationals, Fraction(float) exactly,
    Fraction('3/4') or Fraction('-1.5e3') from a string."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                n, d = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                pair = _parse(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = pair
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def _make(cls, n, d):
        """A Fraction of terms already in lowest terms, d > 0."""
        self = object.__new__(Fraction)
        self._numerator, self._denominator = n, d
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an Integral is taken as it is)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self with denominator <= max_denominator.

        Walks self's continued fraction to the last convergent p1/q1 within
        the bound; the best approximation is that convergent or the
        semiconvergent (p0 + k*p1)/(q0 + k*q1) with the largest k allowed,
        whichever is closer (the convergent on a tie)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Each binary operation has an exact rule for two Rationals; an int or
    # Fraction operand takes it, a float one sends both through float.
    def _forward(a, b, exact, inexact):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        return NotImplemented

    def _reverse(b, a, exact, inexact):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        return NotImplemented

    def _add(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        return _reduced(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        return _reduced(na * db - nb * da, da * db)

    def _mul(a, b):
        return _reduced(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        # Cancel first, as CPython does: a division by zero then reports
        # the numerator that cancelling left (Fraction(1, 0) for 3/2 / 0).
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na, nb = na // g1, nb // g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da, db = da // g2, db // g2
        n, d = na * db, nb * da
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _reduced(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return _reduced((a.numerator * db) % (b.numerator * da), da * db)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, _reduced(r, da * db)

    def __add__(a, b):
        return a._forward(b, Fraction._add, operator.add)

    def __radd__(b, a):
        return b._reverse(a, Fraction._add, operator.add)

    def __sub__(a, b):
        return a._forward(b, Fraction._sub, operator.sub)

    def __rsub__(b, a):
        return b._reverse(a, Fraction._sub, operator.sub)

    def __mul__(a, b):
        return a._forward(b, Fraction._mul, operator.mul)

    def __rmul__(b, a):
        return b._reverse(a, Fraction._mul, operator.mul)

    def __truediv__(a, b):
        return a._forward(b, Fraction._div, operator.truediv)

    def __rtruediv__(b, a):
        return b._reverse(a, Fraction._div, operator.truediv)

    def __floordiv__(a, b):
        return a._forward(b, Fraction._floordiv, operator.floordiv)

    def __rfloordiv__(b, a):
        return b._reverse(a, Fraction._floordiv, operator.floordiv)

    def __mod__(a, b):
        return a._forward(b, Fraction._mod, operator.mod)

    def __rmod__(b, a):
        return b._reverse(a, Fraction._mod, operator.mod)

    def __divmod__(a, b):
        return a._forward(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, Fraction._divmod, divmod)

    def __pow__(a, b):
        """A Fraction for a whole exponent (negative ones invert), else a float."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            n, d = a._numerator, a._denominator
            if power >= 0:
                return Fraction._make(n ** power, d ** power)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % d ** -power)
            if n < 0:
                n, d = -n, -d
            return Fraction._make(d ** -power, n ** -power)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._make(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._make(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(f): the nearest int, ties to even; round(f, n): a Fraction
        rounded to n decimal places (n < 0 rounds to tens, hundreds...)."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator or (twice == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        # int / int rounds correctly, however large the terms.
        return a._numerator / a._denominator

    def __hash__(self):
        """hash(n/d) is n * d**-1 modulo the hash prime, as for int and float;
        a d the prime divides has no inverse and hashes as infinity."""
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
