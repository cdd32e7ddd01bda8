import statistics as st
from fractions import Fraction as F

def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except (st.StatisticsError, TypeError, ValueError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)

for name in ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
             'median_high', 'median_grouped', 'mode', 'multimode', 'pvariance', 'variance',
             'pstdev', 'stdev', 'quantiles']:
    f = getattr(st, name)
    show(name + '([])', lambda: f([]))
    show(name + '(iter([]))', lambda: f(iter([])))
for name in ['variance', 'stdev', 'pvariance', 'pstdev', 'mean', 'median', 'quantiles']:
    show(name + '([4])', lambda: getattr(st, name)([4]))

show('mean str', lambda: st.mean(['a', 'b']))
show('mean mixed str', lambda: st.mean([1, 'a']))
show('mean None', lambda: st.mean([None]))
show('variance str', lambda: st.variance(['a', 'b']))
show('mean not iterable', lambda: st.mean(5))
show('mode unhashable', lambda: st.mode([[1], [1]]))
show('median unordered', lambda: st.median([None, None]))
show('geometric zero', lambda: st.geometric_mean([0, 1]))
show('geometric negative', lambda: st.geometric_mean([4, -1]))
show('geometric str', lambda: st.geometric_mean(['a']))
show('harmonic negative', lambda: st.harmonic_mean([-1, 60]))
show('harmonic negative one', lambda: st.harmonic_mean([-1]))
show('harmonic str one', lambda: st.harmonic_mean(['a']))
show('harmonic negative weight', lambda: st.harmonic_mean([1, 2], weights=[1, -1]))
show('harmonic weights size', lambda: st.harmonic_mean([1, 2], weights=[1]))
show('harmonic weights zero', lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
show('fmean weights size', lambda: st.fmean([1, 2], weights=[1]))
show('fmean weights zero', lambda: st.fmean([1, 2], weights=[1, -1]))
show('quantiles n=0', lambda: st.quantiles([1, 2, 3], n=0))
show('quantiles method', lambda: st.quantiles([1, 2, 3], method='nearest'))
show('quantiles positional', lambda: st.quantiles([1, 2, 3], 2))
show('median_grouped str', lambda: st.median_grouped(['a', 'b', 'c']))
show('median_grouped interval', lambda: st.median_grouped([1, 2], interval='x'))
nan = float('nan')
show('stdev nan', lambda: st.stdev([1, nan, 3]))
show('stdev xbar nan', lambda: st.stdev([1, 2, 3], xbar=nan))
show('coerce', lambda: st.mean([F(1, 2), 1.5, 3]))
try:
    st.mean([])
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e.args)
