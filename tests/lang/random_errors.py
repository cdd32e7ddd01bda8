# random's refusals, with CPython's messages.
import random

s = random.SystemRandom()
v = s.random()
print(0 <= v < 1, s.getrandbits(10) < 1024, 0 <= s.randrange(5) < 5, s.seed(3))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2),
            lambda: random.randrange(0, 10, 0), lambda: random.randrange(0, 10, -1),
            lambda: random.randrange(3, step=2),
            lambda: random.choice([]), lambda: random.sample(range(3), 4),
            lambda: random.sample(range(3), -1),
            lambda: random.sample({1, 2}, 1), lambda: random.seed([1]),
            lambda: random.getrandbits(-1), lambda: s.getstate(), lambda: s.setstate(None),
            lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1]),
            lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
            lambda: random.setstate((9, (), None)),
            lambda: random.Random().setstate((3, (1, 2), None)),
            lambda: random.sample('abc', 2, counts=[1, 2])]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
