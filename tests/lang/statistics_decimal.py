# statistics on Decimal and Fraction data keeps their type (mean, variance, stdev)
import statistics as st
from decimal import Decimal as D, getcontext
from fractions import Fraction as F
data = [D('1.1'), D('2.2'), D('3.35'), D('0.5')]
for fn in ('mean', 'median', 'variance', 'pvariance', 'stdev', 'pstdev', 'median_low', 'median_high', 'mode'):
    r = getattr(st, fn)(data); print(fn, type(r).__name__, r)
print(st.mean([D(1), D(2)]), st.mean([D('0.1')] * 3))
getcontext().prec = 5
print(st.mean([D(1), D(2), D(2)]), st.variance([D(1), D(2), D(4)]), st.stdev([D(1), D(2), D(4)]))
print(st.mean([F(1, 3), F(1, 6)]), st.variance([F(1, 2), F(3, 4), F(1)]), st.mean([1, 2.5]), st.mean([True, False, True]))
try: st.mean([D(1), F(1, 2)])
except TypeError as e: print('TypeError', e)
