# Big ints: + - * // % divmod ** against python3, signs of floor division,
# the ZeroDivisionError messages, pow with a modulus and negative exponents.
a = 123456789012345678901234567890123456789
b = -98765432109876543210987654321
c = 2 ** 64
for x, y in ((a, b), (b, a), (a, c), (-a, c), (c, 7), (-c, 7), (c, -7), (-c, -7), (a, 1), (a, -1)):
    print(x + y, x - y, x * y)
    print(x // y, x % y, divmod(x, y), divmod(x, y)[0] * y + divmod(x, y)[1] == x)
print(a * 0, a * -1 + a, 0 - a, a - a, -a + a, (a + 1) - a)
print(2 ** 200, (-3) ** 101, 10 ** 40 // 10 ** 39, 7 ** 0, (2 ** 100) ** 2 == 2 ** 200)
print(2 ** -2, (-2) ** -3, 10 ** -20, type(2 ** -1).__name__)
print(pow(3, 10 ** 20, 10 ** 9 + 7), pow(a, b * -1, c), pow(-a, 3, 1000), pow(a, 3, -1000))
print(pow(3, -1, 7), pow(a, -1, 10 ** 30 + 57), pow(5, 0, 1), pow(0, 0, 7), pow(True, 3, 2))
print(a / b, c / 3, a / c, (10 ** 400) / (10 ** 399), 1 / c, -(10 ** 30) / 7)
for f in (lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0), lambda: a / 0,
          lambda: 0 ** -1, lambda: pow(a, 2, 0), lambda: pow(2, -1, 4), lambda: pow(2, 3.0, 5),
          lambda: a << -1, lambda: a >> -1, lambda: (10 ** 400) ** -1, lambda: 2.0 ** (10 ** 400),
          lambda: (10 ** 400) / 3, lambda: 10 ** 400 * 1.0):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
s = 0
for i in range(200):
    s += 3 ** i
print(s, sum([2 ** 70, -2 ** 70, 5]), sum(range(10)) + 2 ** 80)
x = 1
for i in range(1, 60):
    x *= i
print(x, x // (2 ** 40), x % 1000000007)
