# Decimal arithmetic rounded to the context, with its flags: the operators,
# sqrt/exp/ln/log10/powers, quantize and the integral roundings, the
# predicates and format specs.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext,
                     localcontext, InvalidOperation, Inexact, Rounded)

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING,
             decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP,
             decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_05UP]


def flags(ctx):
    return sorted(s.__name__ for s in ctx.flags if ctx.flags[s])


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        print(label, '->', repr(r), flags(ctx))
    except (ArithmeticError, TypeError, ValueError) as e:
        print(label, '->', type(e).__name__, e)


setcontext(Context(prec=9, traps=[decimal.DivisionByZero,
                                  decimal.InvalidOperation]))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
       '*': lambda a, b: a * b, '/': lambda a, b: a / b,
       '//': lambda a, b: a // b, '%': lambda a, b: a % b,
       'divmod': divmod, '**': lambda a, b: a ** b,
       'rnear': lambda a, b: a.remainder_near(b)}
pairs = [('1.30', '1.2'), ('12345678', '0.987654321'), ('-7', '3'),
         ('7', '-3'), ('-7.5', '-2'), ('1E+10', '3E-10'), ('0', '-0'),
         ('-0', '-0'), ('2.50', '0.5'), ('1', '3'), ('10', '4'),
         ('123456789', '1E-5'), ('Infinity', '2'), ('-Infinity', 'Infinity'),
         ('NaN', '1'), ('2', '0'), ('0', '0'), ('2', '-3'), ('-2', '3'),
         ('1.1', '2'), ('0.5', '-2'), ('10', '0.5'), ('-8', '0.5')]
for a, b in pairs:
    for name, fn in ops.items():
        show('%s %s %s' % (a, name, b), lambda: fn(D(a), D(b)))
print(D(7) + 3, 3 - D('0.5'), 2 * D('1.5'), 1 / D(8), 7 // D(2), 7 % D(-2),
      divmod(-7, D(2)), 2 ** D(3), D(3).__pow__(4, 5), D(-3).__pow__(3, 7))
for bad in ['1', 1.5, None]:
    try:
        D(1) + bad
    except TypeError:
        print('TypeError for', type(bad).__name__)
show("pow modulo frac", lambda: D(3).__pow__(D("0.5"), 5))

for r in ROUNDINGS:
    with localcontext(prec=3, rounding=r):
        print(r, [str(+D(s)) for s in ['1.234', '1.235', '1.245', '-1.235',
                                        '9.995', '-0.0004567', '1.2051']],
              D(2) / 3, D(-2) / 3, D('2.5').to_integral_value(),
              D('-2.5').to_integral_value(), D(2) ** D('0.5'), D(7).sqrt())

getcontext().prec = 28
for s in ['0', '1', '2', '0.5', '100', '1E-10', '-1', '-50', '12.5', '1E+3',
          'Infinity', '-Infinity', 'NaN']:
    d = D(s)
    show('exp(%s)' % s, d.exp)
    show('ln(%s)' % s, d.ln)
    show('log10(%s)' % s, d.log10)
    show('sqrt(%s)' % s, d.sqrt)
for s in ['4', '0.04', '4.00', '400', '4E+3', '2', '1E-9', '-0']:
    show('sqrt ' + s, D(s).sqrt)
for a, b in [('2', '0.5'), ('4', '0.5'), ('10', '-2.5'), ('1.0', '2'),
             ('1.0', '-2'), ('0', '0'), ('0', '-1'), ('-0', '-3'),
             ('-2', '0.5'),
             ('Infinity', '-1'), ('1', 'Infinity'), ('0.5', 'Infinity'),
             ('2', '100'), ('7', '-3'), ('1.01', '1000'), ('10', '1E+7')]:
    show('%s ** %s' % (a, b), lambda: D(a) ** D(b))

with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10(), D(3) ** D('1.5'))

for a, e in [('1.23456', '0.01'), ('1.23456', '1E+1'), ('-2.5', '1'),
             ('123', '1E-30'), ('1E+100', '1'), ('NaN', '1'),
             ('Infinity', '1'),
             ('Infinity', 'Infinity'), ('0', '1E+5'), ('7.5', '1E+1')]:
    show('quantize(%s, %s)' % (a, e), lambda: D(a).quantize(D(e)))
print(D('2.675').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP),
      D('2.675').quantize(D('0.01'), decimal.ROUND_DOWN))
for s in ['2.5', '3.5', '-2.5', '1E+2', '123.000', 'Infinity', '0.001']:
    show('integral ' + s, D(s).to_integral_value)
    show('exact ' + s, D(s).to_integral_exact)
    show('normalize ' + s, D(s).normalize)
print(D('2.5').to_integral_value(rounding=decimal.ROUND_UP),
      D('2.5').to_integral(decimal.ROUND_FLOOR))

a, b = D('1.0'), D('1.00')
print(a.max(b), a.min(b), D(-2).max_mag(1), D(-2).min_mag(1),
      D('NaN').max(3), D(3).min(D('NaN')), D(1).compare(2), D(2).compare(2),
      D('NaN').compare(1), a.compare_total(b), D(-1).copy_sign(2),
      D(5).copy_sign(D('-0')), D(1).fma(2, 3), D('1E+30').fma(D('1E+30'), -1),
      D(3).scaleb(4), D('1.5').scaleb(-2), D(1).same_quantum(D('1.0')),
      D('1.2300').adjusted(), D('0.0012').adjusted())
show('scaleb frac', lambda: D(1).scaleb(D('1.5')))
show('snan max', lambda: D('sNaN').max(1))
for s in ['1', '-0', '0E-1000000', '1E-999999', '1E-1000000', 'Infinity',
          '-Infinity', 'NaN', '-sNaN', '-5']:
    d = D(s)
    print(s, d.number_class(), d.is_finite(), d.is_infinite(), d.is_nan(),
          d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.is_canonical())

getcontext().prec = 28
for v in ['0', '-0', '1.5', '-1234567.891', '1E+2', '0.000001', '1E-7',
          '2.5', '99.995', 'Infinity', '-NaN', '1.23E+20', '-0.000']:
    out = []
    for spec in ['', '.2f', ',', ',.2f', '%', '.1%', 'e', '.3e', 'E', 'g',
                 '.3g', 'G', '>10', '<12.1f', '^15,.3f', '=+12.2f', '012.2f',
                 '015,.2f', '+', ' .0f', 'z.1f', '.0e', '.0g', 'f', 'n',
                 '*^20.4e', '#.0f', '_']:
        try:
            out.append(format(D(v), spec))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    print(v, out)
print(f'{D("3.14159"):.2f} {D(1234567):,} {D("0.25"):%} {D("-1.5"):>8}')
with localcontext(rounding=decimal.ROUND_DOWN):
    print(format(D('2.999'), '.2f'))

c = Context(prec=3, Emax=9, Emin=-9, traps=[])
for s in ['1', '-1', '0', '-0', '9.99E+9', '-9.99E+9', '1E-11', '-1E-11',
          'Infinity', '-Infinity', 'NaN', '1.23456', '0E-20']:
    d = D(s)
    c.clear_flags()
    print(s, c.next_plus(d), c.next_minus(d), c.logb(d), flags(c))
