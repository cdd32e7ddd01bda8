# round: half to even, ndigits, return types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49999))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, 1), round(123.456, 0), round(123.456, -1), round(-123.456, -2))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e18), round(0.1 + 0.2, 10), round(1/3, 5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
