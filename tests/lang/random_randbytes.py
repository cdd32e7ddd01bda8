# random.randbytes (3.9): bytes from getrandbits, reproducible from a seed.
import random

r = random.Random(12345)
for n in (0, 1, 3, 4, 5, 8, 13, 100):
    b = r.randbytes(n)
    print(n, type(b).__name__, len(b), b.hex())

a, b = random.Random(7), random.Random(7)
print(a.randbytes(9) == b.getrandbits(72).to_bytes(9, 'little'))

random.seed(99)
x = random.randbytes(6)
random.seed(99)
print(x == random.randbytes(6), x.hex())
print('randbytes' in random.__all__)


class Counting(random.Random):
    """A subclass's own getrandbits feeds randbytes."""
    def getrandbits(self, k):
        return (1 << k) - 1


print(Counting().randbytes(3))

for bad in (-1, 1.5, 'x'):
    try:
        random.Random(1).randbytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
