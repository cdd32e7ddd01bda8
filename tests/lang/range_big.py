# range over ints beyond 64 bits: everything but len() works, as in CPython.
big = 2 ** 70
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[0], r[-1], r[1:3], r[::-1], list(reversed(r)))
print(big + 3 in r, big + 4 in r, 5 in r, r.index(big + 6), r.count(big + 9), r.count(0))
print(r.start, r.stop, r.step, bool(r), bool(range(big, big)), range(big, 0) == range(0))
print(r == range(big, big + 10, 3), r == range(big, big + 11, 3), hash(range(big, big)) == hash(range(0)))
huge = range(10 ** 20)
print(huge, huge[-1], huge[12345678901234567890], 10 ** 20 - 1 in huge, 10 ** 20 in huge)
print(huge[5:8], huge.index(10 ** 19), range(-big, big, big)[1], list(range(-big, big, big)))
neg = range(big, -big, -big // 2)
print(list(neg), len(neg), neg[-1], -big // 2 in neg)
w = range(-2 ** 63, 2 ** 63 - 1)
print(w[0], w[-1], w[2 ** 63], 0 in w, w == range(-2 ** 63, 2 ** 63 - 1), w.index(0))
for bad in (lambda: len(huge), lambda: huge[10 ** 20], lambda: r.index(big + 1),
            lambda: range(big, big + 1, 0), lambda: range(1.5), lambda: huge[:2 ** 64],
            lambda: len(w)):
    try:
        print(bad())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(range(big, big + 2))
print(next(it), next(it), next(it, "done"), sum(range(big, big + 4)), sorted(range(big, big - 3, -1)))
