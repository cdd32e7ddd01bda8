# Decimal construction, text, tuples, comparison, hashing and conversions.
from decimal import Decimal, InvalidOperation, getcontext, FloatOperation
import math
from fractions import Fraction


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (ArithmeticError, TypeError, ValueError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)


for s in ['0', '-0', '1', '-1.50', '1e2', '1E+2', '1e-7', '0.000001',
          '0.0000001', '123.456e3', '-1_000.000_1', '  12  ', '\t-3.5\n',
          '.5', '5.', '+.5e-3', 'Inf', '-infinity', 'iNF', 'NaN', 'nan123',
          '-sNaN', 'snan45', '1e999999999', '0E-30', '0e+10',
          '12345678901234567890123456789012345',
          '', ' ', 'abc', '1e', '1_', '_1', '1__0', '1.2.3', '--1', '1 2',
          'Infinit',
          'nan1x', '0x10', '1e1_0', '1.e5']:
    show(repr(s), lambda: Decimal(s))

for v in [0, -7, 10 ** 40, True, 0.1, -0.0, 1.5, 2.0 ** -30, 1e300,
          float('nan'), float('-inf'), (0, (1, 2, 3), -2), (1, (0,), 5),
          (0, (), 'F'), (1, (4, 2), 'n'), (0, (1,), 'N'), [0, [1, 5], 0],
          (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5),
          (0, (1,)), Decimal('3.25'), None, [1], Fraction(1, 2)]:
    show(repr(v), lambda: Decimal(v))

getcontext().clear_flags()
Decimal(0.5)
print('FloatOperation flag', getcontext().flags[FloatOperation])
print(Decimal.from_float(0.1), Decimal.from_float(5), Decimal.from_float(-0.0))
show('from_float str', lambda: Decimal.from_float('1'))

for s in ['1E+2', '100', '1.000', '0.000001', '0.0000001', '-1E-7', '123E+5',
          '12.345E-10', '0E+3', '-0E-8', '1E+6', '10E+5', '0.00E-9', 'NaN12',
          '-Infinity', '-sNaN']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple())

print(Decimal('1.25').as_integer_ratio(), Decimal('-300').as_integer_ratio(),
      Decimal('0.0').as_integer_ratio())
show('nan ratio', lambda: Decimal('nan').as_integer_ratio())
show('inf ratio', lambda: Decimal('inf').as_integer_ratio())

a, b = Decimal('1.5'), Decimal('1.50')
print(a == b, a < b, a <= b, Decimal(2) > 1, Decimal(-1) < -0.5,
      Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal(3) == 3,
      Decimal('0.75') == Fraction(3, 4), Decimal('0.75') < Fraction(4, 5),
      Decimal('-0') == 0, Decimal('inf') > 10 ** 100, Decimal(2) == 2 + 0j,
      Decimal('nan') == Decimal('nan'), Decimal('nan') != 1, Decimal(1) == 'a')
show('nan <', lambda: Decimal('nan') < 1)
show('snan ==', lambda: Decimal('snan') == 1)
print(sorted([Decimal('2.5'), 1, Decimal('-3'), 0.25, Decimal('1E+1')]))

print(hash(Decimal(1)) == hash(1), hash(Decimal('0.5')) == hash(0.5),
      hash(Decimal('1.000')) == hash(1), hash(Decimal(-7)) == hash(-7),
      hash(Decimal('1e30')) == hash(10 ** 30),
      hash(Decimal('0.1')) == hash(Fraction(1, 10)),
      hash(Decimal('-inf')) == hash(float('-inf')), hash(Decimal(-1)))
show('hash snan', lambda: hash(Decimal('snan')))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0}))

for s in ['0', '-0.0', '1.9', '-2.5', '2.5', '3.5', '-7.99', '1e3', '123.456']:
    d = Decimal(s)
    print(s, bool(d), int(d), float(d), round(d), round(d, 1), round(d, -1),
          math.floor(d), math.ceil(d), math.trunc(d), abs(d), -d, +d)
for s in ['nan', 'inf', '-inf', 'snan']:
    d = Decimal(s)
    show(s + ' int', lambda: int(d))
    show(s + ' float', lambda: float(d))
    show(s + ' round', lambda: round(d))
    show(s + ' floor', lambda: math.floor(d))
print(bool(Decimal('nan')), round(Decimal('nan'), 2))
show('round arg', lambda: round(Decimal(1), 1.5))
print(complex(Decimal('1.5')), Decimal('2').real, Decimal('2').imag)

# pickling, copies, subclasses and the numeric tower
import pickle
import copy
import numbers
from decimal import Context, Inexact, DecimalTuple
d = Decimal('-1.50')
print(pickle.loads(pickle.dumps(d)), copy.deepcopy(d), copy.copy(d) is d)
print(pickle.loads(pickle.dumps(Context(prec=7, traps=[Inexact]))))


class Money(Decimal):
    pass


m = Money('2.5')
print(type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, Decimal))
print(sum([Decimal('0.1')] * 10), max(Decimal(1), Decimal('1.0')),
      sorted([Decimal(3), Decimal('-inf'), Decimal(0)]))
print(isinstance(Decimal(1), numbers.Number),
      isinstance(Decimal(1), numbers.Real))
print(DecimalTuple(0, (1,), -1), Decimal(DecimalTuple(1, (2, 5), -1)))
print('%.3f %s %r' % (Decimal('1.23456'), Decimal('1e3'), Decimal(5)))
