# Floor division and modulo follow the sign of the divisor.
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(0 // 5, 0 % -5, -0.0 % 5)
print(-9223372036854775807 // 2, -9223372036854775807 % 2)
print(9223372036854775807 // -1)
print(-6 // 3, -6 % 3, 6 % -3)
