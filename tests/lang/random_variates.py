# random.betavariate, gammavariate and vonmisesvariate: seeded draws equal
# CPython's, and their samples have the distributions' moments.
import math
import random

random.seed(2024)
print([random.gammavariate(2.5, 3.0) for _ in range(3)])
print([random.gammavariate(0.4, 1.0) for _ in range(3)])
print([random.betavariate(2.0, 5.0) for _ in range(3)])
print([random.betavariate(0.5, 0.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)])
print([random.vonmisesvariate(0.0, 0.0) for _ in range(2)])
print(random.random())          # the draws consumed match too

r = random.Random(7)
s = random.Random(7)
print(r.gammavariate(9.0, 0.5) == s.gammavariate(9.0, 0.5), r.random() == s.random())

N = 20000
rng = random.Random(12345)


def mean_var(xs):
    m = sum(xs) / len(xs)
    return m, sum((x - m) ** 2 for x in xs) / len(xs)


for alpha, beta in ((0.3, 2.0), (1.0, 1.5), (4.0, 0.5)):
    xs = [rng.gammavariate(alpha, beta) for _ in range(N)]
    m, v = mean_var(xs)
    print('gamma', alpha, beta, min(xs) > 0, abs(m - alpha * beta) < 0.05 * alpha * beta + 0.02,
          abs(v - alpha * beta * beta) < 0.1 * alpha * beta * beta + 0.02)

for a, b in ((2.0, 5.0), (0.5, 0.5), (1.0, 1.0)):
    xs = [rng.betavariate(a, b) for _ in range(N)]
    m, v = mean_var(xs)
    want_v = a * b / ((a + b) ** 2 * (a + b + 1))
    print('beta', a, b, all(0.0 <= x <= 1.0 for x in xs), abs(m - a / (a + b)) < 0.01,
          abs(v - want_v) < 0.1 * want_v)

for mu, kappa in ((1.0, 4.0), (5.5, 0.5), (2.0, 0.0)):
    xs = [rng.vonmisesvariate(mu, kappa) for _ in range(N)]
    c = sum(math.cos(x) for x in xs) / N
    s_ = sum(math.sin(x) for x in xs) / N
    length = math.hypot(c, s_)
    centre = math.atan2(s_, c) % (2 * math.pi)
    print('vonmises', mu, kappa, all(0.0 <= x < 2 * math.pi for x in xs),
          kappa == 0.0 or abs(centre - mu % (2 * math.pi)) < 0.05,
          (length < 0.02) if kappa == 0.0 else (0.0 < length < 1.0))

for bad in ((0.0, 1.0), (1.0, -1.0)):
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print('ValueError', e)
