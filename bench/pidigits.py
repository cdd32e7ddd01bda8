# The pi-digits benchmark: Gibbons' spigot for 2000 digits, all in big ints
# (small ones growing to ~7,000 digits).  Prints milliseconds for the run.
import time


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


t0 = time.perf_counter()
d = pidigits(2000)
t1 = time.perf_counter()
assert d[:6] == [3, 1, 4, 1, 5, 9]
print("%.3f" % ((t1 - t0) * 1e3))
