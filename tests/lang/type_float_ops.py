# float operations and conversions.
print(float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float(True))
print(float("1_000.5"), float(".5"), float("5."))
print(int(2.9), int(-2.9), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(round(1.23456, 3), round(1234.5678, -2), round(0.5), round(1.5), type(round(1.5)).__name__)
print(round(7), round(7.0, 1), round(-0.4))
print(abs(-2.5), abs(-0.0), -(0.0))
print(3.0 == 3, 0.1 + 0.2 == 0.3, 1.0 < 2, 2.0 ** 10)
print(7.0 // 2, -7.0 // 2, 7.0 % 2.5, -7.0 % 2.5)
print(1.5 * 4, 10 / 4.0, 1 / 3 * 3)
print(str(1.0), str(-2.0), str(1e-7), str(123.0))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf > 1e308, nan != nan, nan == nan, nan is nan)
print(1e-320 > 0, 2.0 ** -1074)
print(type(1.0 + 1).__name__, type(2 * 1.0).__name__)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
