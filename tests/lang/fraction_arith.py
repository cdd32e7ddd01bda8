from fractions import Fraction as F
import math

def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', type(r).__name__, repr(r))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)

a, b = F(3, 4), F(-5, 6)
for x, y in [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (b, True), (F(0), a), (a, F(0)),
             (a, 0), (a, 0.0), (7, F(2, 3)), (F(-7, 2), 3), (F(7, 2), -3), (F(1, 3), -0.25)]:
    show('%r + %r' % (x, y), lambda: x + y)
    show('%r - %r' % (x, y), lambda: x - y)
    show('%r * %r' % (x, y), lambda: x * y)
    show('%r / %r' % (x, y), lambda: x / y)
    show('%r // %r' % (x, y), lambda: x // y)
    show('%r %% %r' % (x, y), lambda: x % y)
    show('divmod(%r, %r)' % (x, y), lambda: divmod(x, y))

show('3/2 / 0', lambda: F(3, 2) / 0)
show('-3/2 / 0', lambda: F(-3, 2) / 0)
show('0 / 0', lambda: F(0) / F(0))
show('1 / F(0)', lambda: 1 / F(0))
show('a + str', lambda: a + 'x')
show('str * a', lambda: 'x' * a)
show('a + None', lambda: a + None)

for base, e in [(a, 2), (a, 0), (a, -2), (b, 3), (b, -3), (F(-2), -1), (F(0), 0), (F(0), -1),
                (F(0), -2), (a, F(2)), (a, F(-1)), (F(4), F(1, 2)), (F(9, 4), 0.5), (2, F(3)),
                (2, F(-2)), (2, F(1, 2)), (2.0, F(-1)), (8, F(1, 3)), (F(1, 4), 0.5),
                (10**20, F(2)), (F(2, 3), True), (a, 'x')]:
    show('%r ** %r' % (base, e), lambda: base ** e)

for v in [a, b, F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(10**25 + 1, 10**5), F(0), F(1, 3)]:
    print(repr(v), -v, +v, abs(v), int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v),
          type(round(v)).__name__, type(math.floor(v)).__name__, float(v), bool(v))
for v, n in [(F(1234567, 1000), 2), (F(1234567, 1000), 0), (F(1234567, 1000), -2), (F(25, 1000), 2),
             (F(35, 1000), 2), (F(-25, 1000), 2), (F(125, 10), -1), (F(150), -2), (F(250), -2)]:
    print(repr(v), n, repr(round(v, n)))

print(float(F(10**400 + 1, 10**399)), float(F(1, 3 ** 500)), float(F(2**1100 + 1, 2**100)))
print(float(F(1, 10**400)), float(F(-(10**310), 3)) if False else 'skip', float(F(3, 2**1075)))
show('float(huge)', lambda: float(F(10**400)))
show('float(huge frac)', lambda: float(F(10**400, 3)))

print(F(3, 4) + F(1, 4) == 1, F(1, 10) * 10 == 1, sum([F(1, 3)] * 3) == 1)
print(F(22, 7).limit_denominator(5), F(314159, 100000).limit_denominator(100))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(1000))
print(F(3, 8).limit_denominator(4), F(5, 8).limit_denominator(4), F(1, 2).limit_denominator(1))
print(F(-22, 7).limit_denominator(5), F(4321, 8765).limit_denominator(10000))
show('limit 0', lambda: F(1, 3).limit_denominator(0))
x = F(1, 3)
x += 1
x *= 3
print(x, sum([F(1, 2), F(1, 3), F(1, 6)]), max(F(1, 3), 0.3, F(2, 7)))
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), -1.0, True]))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)
