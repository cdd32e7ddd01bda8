# Small python3.11 library additions: statistics' two-variable functions, operator.call,
# contextlib.chdir, logging.getLevelNamesMapping, types' singleton types, inspect.get_annotations.
import contextlib
import functools
import inspect
import logging
import operator
import os
import statistics
import tempfile
import types
from fractions import Fraction

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y))
print(statistics.correlation(x, [-v for v in x]), statistics.covariance([1.5, 2.5], [Fraction(1, 2), 3]))
print(statistics.linear_regression(x, [2 * v + 1 for v in x]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
lr = statistics.linear_regression([1, 2, 4], [3, 1, 8])
print(lr.slope, lr.intercept, type(lr).__name__)
for fn, a, b in ((statistics.covariance, [1], [2]), (statistics.correlation, [1, 2], [3]),
                 (statistics.correlation, [1, 1], [2, 3]), (statistics.linear_regression, [2, 2], [1, 5]),
                 (statistics.linear_regression, [1], [1, 2])):
    try:
        fn(a, b)
    except statistics.StatisticsError as e:
        print(fn.__name__, e)

print(operator.call(max, 3, 9, key=lambda v: -v), operator.call(dict, a=1))

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    os.mkdir(os.path.join(d, "sub"))
    cd = contextlib.chdir(d)
    with cd as got:
        print(got, os.getcwd() == real)
        with contextlib.chdir("sub"):
            print(os.path.basename(os.getcwd()))
        print(os.getcwd() == real)
        try:
            with contextlib.chdir(os.path.join(d, "missing")):
                pass
        except FileNotFoundError:
            print("FileNotFoundError", os.getcwd() == real)
    print(os.getcwd() == start)

m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.NoneType is type(None))


class C:
    a: int
    b: 'list[C]'


class D(C):
    c: 'int'


def f(p: 'int', q: str = '', *r: 'float') -> 'C':
    pass


@functools.wraps(f)
def g(*args):
    return f(*args)


print(inspect.get_annotations(C), inspect.get_annotations(D))
print(inspect.get_annotations(D, eval_str=True), inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(g, eval_str=True), inspect.get_annotations(len), inspect.get_annotations(os))
print(inspect.get_annotations(C, eval_str=True, locals={'C': 5}))
ann = inspect.get_annotations(f)
ann['z'] = 1
print('z' in f.__annotations__)
for bad in (3, types.SimpleNamespace(__annotations__=[])):
    try:
        inspect.get_annotations(bad)
    except TypeError as e:
        print("TypeError", e)
bad = lambda: None
bad.__annotations__ = {}
print(inspect.get_annotations(bad))
