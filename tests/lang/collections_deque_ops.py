# deque repetition and ordering, namedtuple docs and arity messages
import copy
from collections import deque, namedtuple

d = deque([1, 2], maxlen=3)
print(d * 2, 2 * d, d * 0, d * -1, deque('ab') * 3)
d *= 3
print(d, d.maxlen)
e = deque('xy')
alias = e
e *= 2
print(alias is e, e)
try:
    deque([1]) * 'a'
except TypeError as exc:
    print('TypeError', exc)
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1]),
      deque([2]) >= deque([3]), deque([1, 2]) > deque([1]))
for op in ('<', '<=', '>', '>='):
    try:
        eval('deque([1]) %s [1]' % op)
    except TypeError:
        print(op, 'TypeError')
c = copy.copy(d)
print(c, c is d, c.maxlen, copy.deepcopy(deque([[1]], maxlen=2)))

Point = namedtuple('Point', 'x y', defaults=[0])
print(Point.__doc__, Point(1), Point(1, 2))
for args in [(1, 2, 3), ()]:
    try:
        Point(*args)
    except TypeError as exc:
        print('TypeError', exc)
P3 = namedtuple('P3', ['a', 'b', 'c'])
print(P3.__doc__)
try:
    P3(1, 2, 3, 4)
except TypeError as exc:
    print('TypeError', exc)
