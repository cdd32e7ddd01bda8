# Decimal coefficients longer than int's str-conversion limit (4300 digits):
# arithmetic, str, parsing, as_tuple and format all work, as in python3.
import decimal
from decimal import Decimal, localcontext

with localcontext() as ctx:
    ctx.prec = 12000
    f = Decimal(1)
    for i in range(1, 2200):
        f *= i
    s = str(f)
    print(len(s), s[:30], s[-30:])
    g = Decimal(s)
    print(g == f, len(str(g)))
    t = f.as_tuple()
    print(len(t.digits), t.digits[:5], t.exponent)
    big = Decimal('7' * 9000 + '.5')
    print(len(str(big)), str(big)[-5:], big.adjusted())
    print(len(format(big, 'f')), format(big, '.3e'))
    q = big / 3
    print(len(str(q)), str(q)[:12], str(q)[-12:])
    print(Decimal('NaN' + '1' * 20))
    print(len(str(Decimal(10) ** 5000)), (Decimal(10) ** 5000).adjusted())
    print(f.sqrt().adjusted(), str(f.sqrt())[:20])
