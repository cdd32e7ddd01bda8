# Contexts: attributes and their checks, flags and traps, the signals'
# hierarchy, thread-local current contexts and localcontext.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Subnormal, Overflow, Underflow, Clamped, FloatOperation,
                     ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, DecimalException)
import threading


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (ArithmeticError, TypeError, ValueError, KeyError,
            AttributeError) as e:
        print(label, '->', type(e).__name__, e)


print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-9, Emax=9, capitals=0,
              clamp=1, flags=[Inexact], traps=[Overflow]))
show('partial dict', lambda: Context(traps={Overflow: True}))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print([decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING,
       decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN,
       decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP])

for kw in [{'prec': 0}, {'prec': 'x'}, {'rounding': 'ROUND_SIDEWAYS'},
           {'Emax': -1}, {'Emin': 1}, {'capitals': 2}, {'clamp': -1}]:
    show(repr(kw), lambda: Context(**kw))
c = Context()
show('setattr prec', lambda: setattr(c, 'prec', -3))
show('setattr other', lambda: setattr(c, 'precision', 3))
show('flags key', lambda: c.flags.__setitem__(KeyError, True))
print(c.Etiny(), c.Etop(), Context(prec=9, Emax=99, Emin=-99).Etiny())

for cls in [InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
            Overflow, Underflow, Clamped, FloatOperation, ConversionSyntax,
            DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:-2]],
          issubclass(cls, ArithmeticError))
print(issubclass(DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError),
      issubclass(DivisionUndefined, ZeroDivisionError))

# flags, traps and the raised exception's list of conditions
ctx = Context(prec=6)
setcontext(ctx)
print(Decimal(1) / 3, ctx.flags[Inexact], ctx.flags[Rounded],
      ctx.flags[InvalidOperation])
ctx.clear_flags()
for expr in ['Decimal(1) / 0', 'Decimal(0) / 0', 'Decimal(1) % 0',
             'divmod(Decimal(1), 0)', "Decimal('abc')", 'Decimal(-1).sqrt()',
             'Decimal(10) ** 10 ** 8', 'Decimal(10 ** 20) // Decimal("0.001")',
             "Decimal('snan') + 1", 'Decimal(1) < Decimal("nan")']:
    show(expr, lambda: eval(expr))
    print('  flags', [s.__name__ for s in ctx.flags if ctx.flags[s]])
    ctx.clear_flags()
ctx.traps[Inexact] = True
show('inexact trapped', lambda: Decimal(1) / 7)
ctx.traps[Rounded] = True
show('rounded trapped', lambda: Decimal(1) / 7)
try:
    Decimal(2) / 3
except Inexact as e:
    print('caught as', type(e).__name__, e.args)
ctx.clear_traps()
print(Decimal(1) / 0, Decimal(0) / 0, Decimal('x'), Decimal(-4).sqrt())
print(sorted(s.__name__ for s in ctx.flags if ctx.flags[s]))
ctx.traps[FloatOperation] = True
show('float compare trapped', lambda: Decimal(1) < 1.5)
show('float eq trapped', lambda: Decimal(1) == 1.0)
show('float ctor trapped', lambda: Decimal(1.5))
print(Decimal.from_float(1.5))

# Overflow, Underflow, Subnormal and Clamped
ctx = Context(prec=3, Emax=5, Emin=-5, traps=[])
setcontext(ctx)
for expr in ['Decimal(999999) * 10', 'Decimal("9.999E+5") + 0',
             'Decimal("1E-5") / 3', 'Decimal("1E-5") / 1000000',
             'Decimal("1.5E-6") + 0', 'Decimal("1E+5") + 0']:
    ctx.clear_flags()
    r = eval(expr)
    print(expr, repr(r), sorted(s.__name__ for s in ctx.flags if ctx.flags[s]))
ctx.rounding = decimal.ROUND_DOWN
print(Decimal(999999) * 10)
ctx.clamp = 1
ctx.clear_flags()
print(Decimal('1E+5') + 0, ctx.flags[Clamped])
ctx.capitals = 0
print(Decimal('1E+5') + 0, Decimal('1e-9'))

# the current context is per thread; localcontext restores it
setcontext(DefaultContext)
getcontext().prec = 10
out = []


def worker():
    out.append(getcontext().prec)
    getcontext().prec = 3
    out.append(str(Decimal(1) / 7))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out, getcontext().prec, Decimal(1) / 7)
with localcontext() as lc:
    lc.prec = 4
    print(Decimal(1) / 7, getcontext() is lc)
print(Decimal(1) / 7)
with localcontext(Context(prec=2, rounding=decimal.ROUND_UP)):
    print(Decimal(1) / 7)
with localcontext(prec=5, rounding=decimal.ROUND_FLOOR):
    print(Decimal(-1) / 7)
show('localcontext bad', lambda: localcontext(precision=5))
print(getcontext().prec, getcontext() is not DefaultContext)
c2 = getcontext().copy()
c2.prec = 20
print(getcontext().prec, c2.prec)
print(c2.create_decimal('3.14159265358979323846264338'), c2.add(1, 2),
      c2.divide(1, 3), c2.power(2, 10), c2.sqrt(2))
show('ctx str operand', lambda: c2.add('1', 2))

# create_decimal rounds to the context and is stricter than Decimal()
c = Context(prec=3, traps=[])
for s in ['1.2345', ' 1.5', '1_0', '-sNaN123456', '-sNaN12', 'Inf']:
    c.clear_flags()
    print(repr(s), repr(c.create_decimal(s)), c.flags[InvalidOperation])
print(c.create_decimal(1.25), c.flags[FloatOperation],
      c.create_decimal_from_float(0.1))
c = Context(prec=1, rounding=decimal.ROUND_CEILING, traps=[])
print(c.log10(Decimal('1E+42')), c.log10(Decimal('1E-45')))
