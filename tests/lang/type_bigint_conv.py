# Big ints meet str, float, hash and the rest of the language.
import sys
print(int("123456789" * 5), int("-" + "9" * 40), int("  +0x" + "f" * 30 + " ", 16), int("0b" + "1" * 90, 0))
print(int("z" * 20, 36), int("1_000_000_000_000_000_000_000"), int(b"77777777777777777777777", 8), int("-0o777777777777777777777777", 0))
for s, base in (("x", 10), ("1" * 30 + "x", 10), ("", 10), ("0x", 16), ("09" * 12, 0), ("1__0", 10), ("2" * 25, 2)):
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(99999999999999999999, 0xffffffffffffffffffffffffffff, 0o7777777777777777777777777, 0b1 << 70)
print(-9223372036854775808, 9223372036854775808, -99999999999999999999999, 1_000_000_000_000_000_000_000)
print(str(2 ** 1000)[:40], len(str(7 ** 1000)), repr(-(10 ** 50)), str(10 ** 19), str(-(10 ** 18)))
print(float(2 ** 100), float(-(3 ** 150)), float(2 ** 1023), float(2 ** 53 + 1), float(2 ** 54 + 3), float(10 ** 308))
print(int(1e30), int(-2.5e25), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971, int(2.0 ** 64))
for f in (lambda: float(2 ** 1024), lambda: float(-(10 ** 400)), lambda: int(float("inf")), lambda: int(float("nan"))):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = 2 ** 70
print(x == 2.0 ** 70, x < 2.0 ** 70 + 1e6, x > 1e20, x < float("inf"), -x > float("-inf"), x == float("nan"))
print(2 ** 1100 > 1e308, -(2 ** 1100) < -1e308, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)), hash(10 ** 40 + 7))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(-(2 ** 61 - 2) - 1), hash(2 ** 122 - 1))
d = {2 ** 64: "a", 2.0 ** 65: "b", 10 ** 30: "c"}
print(d[2.0 ** 64], d[2 ** 65], d[10 ** 30], (2 ** 64) in d, 2 ** 64 + 1 in d)
print(round(123456789012345678901234567890, -5), round(-15, -1), round(25, -1), round(2 ** 70, -20), round(5, -100), round(2 ** 70, 3))
print(abs(-(2 ** 80)), -(2 ** 80), +(2 ** 80), -(-(2 ** 63)), sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
print(max(2 ** 70, 2 ** 69, 3), min(-(2 ** 70), 5), sorted([2 ** 65, -5, 2 ** 64, -(2 ** 64), 0]))
print(True + 2 ** 64, True * 2 ** 64, isinstance(2 ** 64, int), type(2 ** 64).__name__, bool(2 ** 64), not 2 ** 64)
print((2 ** 64).real, (2 ** 64).imag, (2 ** 64).numerator, (2 ** 64).denominator, (2 ** 64).conjugate())
print(2 ** 64 in range(10), -(2 ** 63) - 1 in range(-(2 ** 63), 5 - 2 ** 63), 2 ** 63 in range(2 ** 63 - 5, 2 ** 63 - 1), [1, 2, 3][:2 ** 70], "ab"[-(2 ** 70):])
for f in (lambda: [1][2 ** 64], lambda: "x" * 2 ** 64):
    try:
        print(f())
    except (IndexError, OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("%d %s %r %.3e %f" % (2 ** 70, 2 ** 70, -(2 ** 70), 2 ** 70, 2 ** 70), f"{2 ** 70:e}", format(2 ** 70, ".2%"))
