# telco-style decimal billing: quantize with rounding modes, contexts, formatting
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, getcontext, localcontext, InvalidOperation
import decimal
rates = [Decimal("0.0013"), Decimal("0.00894")]
twodig = Decimal("0.01")
disttax = Decimal("0.0341"); basictax = Decimal("0.0675")
sumT = sumB = sumD = Decimal(0)
for i in range(800):
    n = (i * 7919) % 100000 + 1
    calltype = i & 1
    r = rates[calltype]
    nd = Decimal(n)
    p = (r * nd).quantize(twodig, rounding=ROUND_HALF_EVEN)
    b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
    sumB += b; t = p + b
    if calltype:
        d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
        sumD += d; t += d
    sumT += t
print(sumT, sumB, sumD)
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal(0.1), Decimal("1e10").normalize(), Decimal("-0"), Decimal("123.4500").normalize())
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(Decimal("2.675"), 2), Decimal("10") ** 20, Decimal("1.23E+5"), Decimal("NaN"), Decimal("-Infinity"))
with localcontext() as ctx:
    ctx.prec = 50; print(Decimal(1) / Decimal(3), Decimal(2).ln(), Decimal(1).exp())
print(getcontext().prec, Decimal("7").fma(2, 3), Decimal("10") % Decimal("3"), Decimal("-7") // Decimal("2"), divmod(Decimal("-7"), Decimal("2")))
print(str(Decimal("0.000001")), str(Decimal("0.0000001")), repr(Decimal("5")), float(Decimal("1.5")), int(Decimal("-3.9")), Decimal("3.14").as_tuple())
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.5") < 2, hash(Decimal("2")) == hash(2), sorted([Decimal("3"), Decimal("1.5"), Decimal("-2")]), sum([Decimal("0.1")] * 10))
print("{:.2f} {:,} {:>10} {:e}".format(Decimal("3.14159"), Decimal("1234567.5"), Decimal("1.5"), Decimal("12345")))
try: Decimal("abc")
except InvalidOperation as e: print("InvalidOperation", type(e).__mro__[1].__name__)
try: Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e: print("DivisionByZero")
print(Decimal("1.000").quantize(Decimal("1.0")), Decimal("12.345").to_integral_value(), Decimal("1e3").to_eng_string(), Decimal("-1.5").copy_abs(), Decimal(5).compare(Decimal(3)), Decimal("0.1").adjusted(), max(Decimal(1), Decimal("1.0")))
