# expect: 0
# Ranges near the int64 limits: index() subtracted in signed arithmetic
# (UBSan: signed overflow), reversed() and `in` negated a step of -2**63,
# slicing multiplied steps unchecked, and a length past 2**63-1 wrapped
# negative.  Each is exact or a clear OverflowError now.
x = -9223372036854775807 - 1
M = 9223372036854775807
r = range(x, M, 3)
print(r.index(r[-1]), r[-1] in r, r[-1], len(r), r.index(-2), (M - 1) in r)
print(list(reversed(range(0, x, x))), x in range(0, x, x), 0 in range(0, x, x), list(range(5, x, x)))
print(range(0, M, 2).index(M - 1), range(M, 0, -1)[M - 2])
for f in (lambda: len(range(x, M)), lambda: range(x, M, 3)[::2**62], lambda: range(x, x + 3)[::x]):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
