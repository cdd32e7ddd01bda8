# float repr: the shortest string that round-trips.
vals = [0.1 + 0.2, 0.1, 1/3, 2/3, 1e16, 1e15, 1e-5, 1e-4, 0.0001, 123456789012345.678,
        1.0, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 0.5e-6,
        9007199254740993.0, 1234567890123456789.0, 0.3, 3.14159, 1e100, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(repr(float("inf")), str(float("nan")))
print([0.1, 1e16, -0.0], (1.5,), {"f": 2.0})
print(1e308 * 10, -1e308 * 10)
print(float("inf") - float("inf"))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
