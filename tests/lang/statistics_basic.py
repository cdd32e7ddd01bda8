import statistics as st
from fractions import Fraction as F

def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', type(r).__name__, repr(r))
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)

datasets = [
    [1, 2, 3], [1, 2, 3, 4], [2, 2, 3, 5, 7, 7, 7], [10**20, 10**20 + 1, 3],
    [0.1, 0.2, 0.3], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [0.1] * 10, [1e308, 1e308, -1e308],
    [F(1, 3), F(2, 3), F(5, 6)], [F(1, 2), 2, 0.25], [True, False, True],
    [1, 3, 2.5, F(3, 4)], [3.0, 1.0], [-5, -2, 0, 7], [1.0000000000000002, 1.0, 0.9999999999999999],
    [12.7, 13.9, 15.3, 12.1, 14.8, 13.3, 16.2, 12.9, 14.4, 15.8],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
]
for data in datasets:
    print(data)
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode', 'pvariance', 'variance', 'pstdev', 'stdev']:
        show('  ' + name, lambda: getattr(st, name)(data))
    show('  mean(iter)', lambda: st.mean(iter(data)))
    show('  variance(iter)', lambda: st.variance(iter(data)))

for data in [[2, 8], [4, 1, 1/32], [54, 24, 36], [1.5, 2.5], [F(1, 2), F(9, 2)], [10**10, 10**10]]:
    show('geometric_mean %r' % data, lambda: st.geometric_mean(data))
for data in [[40, 60], [2.5, 3, 10], [F(1, 2), F(1, 4)], [0, 60], [5], [5.0], [F(3, 7)], [True, 3]]:
    show('harmonic_mean %r' % data, lambda: st.harmonic_mean(data))
show('harmonic weighted', lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show('harmonic weighted zero', lambda: st.harmonic_mean([40, 0], weights=[5, 0]))
show('fmean weighted', lambda: st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
show('fmean iter', lambda: st.fmean(x / 10 for x in range(1, 8)))

data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
m = st.mean(data)
show('variance xbar', lambda: st.variance(data, m))
show('pvariance mu', lambda: st.pvariance(data, 3))
show('stdev xbar', lambda: st.stdev(data, xbar=2.5))
show('pstdev mu', lambda: st.pstdev(data, mu=F(5, 2)))
show('variance Fractions', lambda: st.variance([F(1, 3), F(2, 3), 1]))
show('stdev Fractions', lambda: st.stdev([F(1, 3), F(2, 3), 1]))
show('stdev tiny', lambda: st.stdev([1e-300, 3e-300, 2e-300]))
show('pstdev huge ints', lambda: st.pstdev([10**30, 10**30 + 7, 10**30 - 3]))

for data in [[1, 3, 5, 7, 9, 11], list(range(1, 11)), [105, 129, 87, 86, 111, 111, 89, 81, 108, 92],
             [F(1, 2), F(5, 2), 4], [2.5, 1.5]]:
    for n in [1, 2, 4, 10]:
        show('quantiles n=%d %r' % (n, data), lambda: st.quantiles(data, n=n))
        show('quantiles incl n=%d' % n, lambda: st.quantiles(data, n=n, method='inclusive'))

show('median_grouped interval', lambda: st.median_grouped([52, 52, 53, 54], interval=2))
show('median_grouped one', lambda: st.median_grouped([5]))
show('median_grouped F', lambda: st.median_grouped([F(1, 2), F(3, 2)]))
show('mode strings', lambda: st.mode(['red', 'blue', 'blue', 'red', 'green']))
show('multimode strings', lambda: st.multimode('aabbbbccddddeeffffgg'))
show('median strings', lambda: st.median_low(['b', 'a', 'c', 'd']))

nan, inf = float('nan'), float('inf')
for data in [[1, nan, 3], [1, inf], [inf, -inf], [-inf, 2.5]]:
    for name in ['mean', 'fmean', 'pvariance', 'variance']:
        show('%s %r' % (name, data), lambda: getattr(st, name)(data))
print(issubclass(st.StatisticsError, ValueError))
