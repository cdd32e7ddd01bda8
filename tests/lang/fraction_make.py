from fractions import Fraction
import numbers

def show(*args):
    try:
        f = Fraction(*args)
        print(repr(args), '->', repr(f), str(f), f.numerator, f.denominator)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(repr(args), '->', type(e).__name__, e)

for args in [(), (7,), (-7,), (6, 4), (6, -4), (-6, -4), (0, -5), (10**30, 10**28),
             (True,), (True, 2), (Fraction(3, 4),), (Fraction(3, 4), Fraction(1, 2)),
             (Fraction(1, 3), 5), (1, 0), (0, 0), (-4, 0), (Fraction(1, 2), 0),
             (1.5,), (-0.1,), (0.0,), (1e300,), (5e-324,), (2.0 ** 70,),
             (float('nan'),), (float('inf'),), (float('-inf'),),
             (1.5, 2), (1, 2.0), ('1', 2), (None,), ([1],), (2, None)]:
    show(*args)

for s in ['3/4', ' -1.5e3 ', '+7', '-0', '1.', '.5', '-.5e-2', '1_000/3_0', '1.2_5',
          '3 / 4', '\t10/ 4\n', '1e3', '1E+2', '2.5e-3', '0/1', '1/0', '-3/0', '00012/0006',
          '', ' ', 'x', '1/', '/2', '1/-2', '- 1', '1.5/2', '1/2e3', '1e', 'e5', '.',
          '.e5', '1..2', '1__0', '_1', '1_', '1/2/3', '1 2', '3/4x', '--1', '+-1', 'inf',
          'nan', '1.e5', '0x10', '1e1_0']:
    show(s)

print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction.from_float(-2.5e-3))
try:
    Fraction.from_float('1')
except TypeError as e:
    print('TypeError', e)
print(Fraction(3, 12).as_integer_ratio(), Fraction(-8).as_integer_ratio())
print(isinstance(Fraction(1, 3), numbers.Rational), isinstance(Fraction(1), numbers.Integral))
print(Fraction(1, 3).real, Fraction(1, 3).imag, Fraction(-1, 3).conjugate())

class Ratio(Fraction):
    pass
r = Ratio(2, 4)
print(repr(r), type(r).__name__, type(r + 1).__name__, isinstance(r, Fraction))
