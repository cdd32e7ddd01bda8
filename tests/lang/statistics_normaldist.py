# statistics.NormalDist: density, distribution and quantile functions,
# fitting, sampling, overlap and arithmetic.
from statistics import NormalDist, StatisticsError

z = NormalDist()
d = NormalDist(100, 15)
print(z, d, repr(NormalDist(1, 0)))
print(d.mean, d.median, d.mode, d.stdev, d.variance)
print(z.pdf(0.0), z.cdf(0.0), z.inv_cdf(0.5))
print(round(z.pdf(1.0), 15), round(d.pdf(115), 15), round(d.cdf(130), 15), round(z.cdf(-1.96), 15))

# the quantile function across its three regions (central, near and far tails)
for p in (0.5, 0.6, 0.9, 0.975, 0.99, 1e-3, 1e-6, 1e-10, 1e-20, 1 - 1e-12, 0.02425):
    x = z.inv_cdf(p)
    print(p, repr(x))
print(round(d.inv_cdf(0.95), 10), z.inv_cdf(0.3) == -z.inv_cdf(0.7))
print(all(abs(z.cdf(z.inv_cdf(p)) - p) < 1e-13 for p in [i / 100 for i in range(1, 100)]))

fit = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(fit.mean, 12), round(fit.stdev, 12))
print(NormalDist.from_samples(iter([1, 2, 3, 4])).mean)
s1 = d.samples(5, seed=42)
print(len(s1), s1 == d.samples(5, seed=42), s1 == d.samples(5, seed=43))
many = NormalDist(10, 2).samples(20000, seed=1)
print(abs(sum(many) / len(many) - 10) < 0.05)

print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12), NormalDist(5, 2).overlap(NormalDist(5, 2)))
print(round(NormalDist(3, 2).overlap(NormalDist(0, 1)), 12) == round(NormalDist(0, 1).overlap(NormalDist(3, 2)), 12))

# arithmetic: shifts and scales, sums of independent variables
print(d + 10, 10 + d, d - 10, 10 - d, d * 2, 2 * d, d / 5, -d, +d)
print(d * -2, NormalDist(1, 3) + NormalDist(2, 4), NormalDist(1, 3) - NormalDist(2, 4))
print(d == NormalDist(100, 15), d == NormalDist(100, 16), d == 100, hash(d) == hash(NormalDist(100.0, 15.0)))
print(len({NormalDist(1, 2), NormalDist(1.0, 2.0), NormalDist(2, 1)}))
try:
    d.sigma = 3
except AttributeError:
    print('AttributeError: no attribute sigma')

for call in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
             lambda: z.inv_cdf(0.0), lambda: z.inv_cdf(1.0), lambda: NormalDist(1, 0).inv_cdf(0.5),
             lambda: NormalDist(1, 0).overlap(z), lambda: z.overlap(3)):
    try:
        call()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(StatisticsError, ValueError))
