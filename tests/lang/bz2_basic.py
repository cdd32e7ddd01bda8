# bz2: round trips (one-shot, streamed, max_length), multi-stream input, trailing garbage, and each error as CPython raises it.
a = 0x10000000000000000
b = 18446744073709551616
c = 2 ** 64
d = 0b11111111111111111111111111111111111111111111111111111111111111111, 0o7777777777777777777777777
print(a, b, c, d, 0x_FFFF_FFFF_FFFF_FFFF_FF)
