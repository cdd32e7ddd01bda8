# Float results to the last digit: exact sums, correctly rounded square roots.
import statistics as st
from fractions import Fraction as F

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

for trial in range(12):
    n = 3 + rand() % 20
    scale = [1e-300, 1e-9, 1.0, 1e3, 1e15, 1e300][trial % 6]
    data = [(rand() / 2**31 - 0.3) * scale for i in range(n)]
    print(trial, n, st.mean(data), st.fmean(data), st.median(data))
    if trial % 6 != 5:
        print('  ', st.pvariance(data), st.variance(data), st.pstdev(data), st.stdev(data))
    else:
        print('  ', st.pstdev([x / 1e200 for x in data]))
    print('  ', st.quantiles(data, n=5), st.quantiles(data, n=3, method='inclusive'))
    ints = [rand() % 1000 - 300 for i in range(n)]
    print('  ', st.mean(ints), st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
    fr = [F(rand() % 97, 1 + rand() % 13) for i in range(n)]
    print('  ', st.mean(fr), st.variance(fr), st.stdev(fr), st.median(fr), st.harmonic_mean(fr) if 0 not in fr else '-')
    pos = [1 + rand() % 50 for i in range(n)]
    print('  ', st.geometric_mean(pos), st.harmonic_mean(pos), st.median_grouped(pos, 5))
