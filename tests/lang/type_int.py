# int: 64-bit values that stay in range, conversions, repr.
big = 9223372036854775807
small = -9223372036854775807 - 1   # the literal 9223372036854775808 itself does not fit in 64 bits
print(big, small, big - 1, small + 1)
print(big // 2, small // 2, -big, big % 1000)
print(3037000499 * 3037000499)
print(2 ** 62 + (2 ** 62 - 1))
print(1000000007 * 1000000007 % 998244353)
print(int("  42  "), int("-17"), int("+5"), int("0"), int("1_000"))
print(int(3.99), int(-3.99), int(True), int(1e18), int(-0.5))
print(int("9223372036854775807"), int(7))
print(abs(-5), abs(small + 1))
print(str(123), repr(-45), type(5).__name__)
print(5 == 5.0, hash(5) == hash(5.0), 10 / 5)
n = 1
for i in range(62):
    n *= 2
print(n, n - 1 + n)
print(int("-9223372036854775808"))
