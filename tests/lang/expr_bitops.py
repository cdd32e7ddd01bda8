# Bitwise operators and shifts, including negatives.
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255)
print(1 << 0, 1 << 10, 1 << 62, 255 >> 4, -16 >> 2, -1 >> 10, 5 >> 100)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(0x7fffffffffffffff & 0xff, 0x7fffffffffffffff >> 60)
print(-9223372036854775807 - 1 >> 63)
print((5 & 3) | (8 ^ 1), 1 | 2 ^ 3 & 4)
print(~5 & 0xff)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
