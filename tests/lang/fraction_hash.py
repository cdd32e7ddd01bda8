from fractions import Fraction as F
import sys

M = sys.hash_info.modulus
print(M == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
cases = [F(0), F(1), F(-1), F(7), F(-2), F(10**30), F(-(10**30)), F(1, 2), F(-1, 2), F(3, 4),
         F(1, 3), F(-5, 7), F(2**70 + 1, 2**20), F(1, 10), F(M), F(M + 5), F(1, M), F(-1, M),
         F(3, 2 * M), F(1.5), F(0.1), F(-2.5e-8), F(1e300), F(5e-324)]
for f in cases:
    print(repr(f), hash(f))
for f in [F(1), F(-1), F(10**30), F(1, 2), F(-5, 2), F(0.1), F(1e300), F(5e-324), F(M)]:
    twin = f.numerator if f.denominator == 1 else float(f)
    print(repr(f), hash(f) == hash(twin), hash(f) == hash(float(f)) or float(f) != f)
d = {F(1, 2): 'half', 1: 'one', 0.25: 'quarter'}
print(d[0.5], d[F(1)], d[F(1, 4)], d[True])
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))

# comparisons with ints, floats (nan and inf too) and Fractions
nan, inf = float('nan'), float('inf')
third = F(1, 3)
for other in [0, 1, -1, F(1, 3), F(2, 6), F(1, 4), 0.3333333333333333, 0.25, 0.5, nan, inf, -inf,
              True, 10**40]:
    print(repr(other), third == other, third != other, third < other, third <= other,
          third > other, third >= other, other == third, other < third, other > third)
print(F(1, 2) == 0.5, 0.5 == F(1, 2), F(1, 2) < 0.5000000000000001, F(10**400) > 1e308,
      F(10**400) < inf, F(-10**400) > -inf, F(0) == -0.0)
for bad in ['x', None, [1]]:
    try:
        print(F(1, 2) < bad)
    except TypeError as e:
        print('TypeError', e)
print(F(1, 2) == 'x', F(1, 2) != None)
