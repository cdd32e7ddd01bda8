# round(x, -k) rounds x's exact value in decimal (ties to even), then reads it back
import random

print(round(2.5759864685843335e+23, -2), round(250.5, -2), round(250.0, -2), round(-40.0, -2),
      round(50.0, -2), round(150.0, -2), round(1e300, -299), round(123456.0, -10),
      round(-0.0, -1), round(5e-324, -1), round(1.4e308, -308), round(-250.5, -1),
      round(1234.5678, -3), round(999.0, -3), round(9999.9, -1), round(95.0, -1), round(85.0, -1))
try:
    round(1.7e308, -308)
except OverflowError as exc:
    print('OverflowError', exc)
rng = random.Random(5)
seen = []
for _ in range(3000):
    e = rng.randint(0, 300)
    x = rng.choice([rng.random(), float(rng.randint(0, 10**6)), rng.randint(0, 999) + 0.5])
    x *= 10.0 ** rng.randint(0, e)
    try:
        seen.append(repr(round(-x if rng.random() < 0.3 else x, -rng.randint(1, 320))))
    except OverflowError:
        seen.append('OverflowError')
print(len(seen), seen[:8], sum(hash(s) % 1000 for s in seen) if False else len(set(seen)))
print('\n'.join(seen[::50]))
