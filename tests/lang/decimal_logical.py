# Decimal's digit-wise operations: logical_and/or/xor/invert, rotate, shift and
# next_toward, as methods and through a Context, with their invalid operands
# and the flags they raise.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
c = Context(prec=9, traps=[])
for a, b in [('1101', '1011'), ('0', '0'), ('1'*12, '1'), ('101', '2'), ('-101', '1'), ('1E1', '1'), ('1.0', '1'), ('NaN', '1'), ('Inf', '1'), ('00011', '0')]:
    for op in ('logical_and', 'logical_or', 'logical_xor'):
        show(lambda: getattr(D(a), op)(D(b)))
        show(lambda: getattr(c, op)(D(a), D(b)))
    show(lambda: D(a).logical_invert())
    show(lambda: c.logical_invert(D(a)))
print(c.flags[decimal.InvalidOperation])
for a, b in [('123456789', '2'), ('123456789', '-3'), ('12', '9'), ('12', '10'), ('12', '-9'), ('12', '1.5'), ('12', '1E1'), ('-12.5', '1'), ('NaN', '1'), ('Inf', '3'), ('12', 'NaN'), ('sNaN', '1'), ('1234567890123', '2'), ('0', '4')]:
    for op in ('rotate', 'shift'):
        show(lambda: getattr(D(a), op)(D(b)))
        show(lambda: getattr(c, op)(D(a), D(b)))
for a, b in [('1', '2'), ('1', '0'), ('1', '1'), ('-0', '0'), ('0', '-1'), ('9.99999999E+999999', 'Inf'), ('1E-999999', '0'), ('NaN', '1'), ('1', 'sNaN'), ('Inf', '1'), ('-1E-1000006', '1'), ('1.5', '-Inf')]:
    show(lambda: D(a).next_toward(D(b)))
    c2 = Context(prec=9, Emax=999999, Emin=-999999, traps=[])
    show(lambda: c2.next_toward(D(a), D(b)))
    print(sorted(k.__name__ for k, v in c2.flags.items() if v))
show(lambda: D('1').logical_and(2))
show(lambda: D('1').rotate(2))
show(lambda: D('1').logical_and('1'))

# coefficients past int's 4,300-digit str limit
from decimal import Decimal as D, Context
c6 = Context(prec=6000)
a = D('1' * 5000); b = D('10' * 2500)
r = a.logical_and(b, c6); print(len(str(r)), str(r)[:12])
print(len(str(a.logical_invert(c6))), str(a.logical_invert(c6))[:5])
print(str(a.rotate(3, c6))[-6:], len(str(D('12345' * 1000).shift(-7, c6))))
