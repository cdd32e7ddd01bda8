# math.gamma and math.lgamma give CPython's digits, not the C library's:
# CPython evaluates its own Lanczos formula, which differs from glibc's
# tgamma/lgamma in the last place for many arguments (gamma(0.1) among them).
import math

points = [k / 8 for k in range(-60, 1450, 7)]
points += [0.1, 1e-5, 1e-21, -1e-21, 3.7, 20.2, 100.5, 139.9, 140.1, 171.5, -0.5, -1.5, -170.25, -199.9]
for x in points:
    row = [repr(x)]
    for f in (math.gamma, math.lgamma):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append("%s: %s" % (type(e).__name__, e))
    print(" ".join(row))

for x in (5e-324, 171.7, 200.5, -200.5, 250.0, -250.5, 1e300, -1e300,
          float("inf"), float("-inf"), float("nan"), 0.0, -0.0, -3.0):
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(x), "%s: %s" % (type(e).__name__, e))
