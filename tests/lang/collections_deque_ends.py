# deque: both ends amortised O(1) (popleft moves a head, appendleft fills a
# gap in front), indexing, maxlen windows, and every other method across
# the head and the gap; 200,000 pushes and pops at each end.
from collections import deque
import copy
d = deque()
for i in range(10): d.append(i); d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print([d.popleft() for _ in range(5)], d.pop(), d)
d[1] = 'x'; del d[0]; print(d, 'x' in d, d.count(-3), d.index(3))
d.rotate(2); print(d); d.rotate(-3); print(d); d.reverse(); print(d)
m = deque(range(5), maxlen=3); print(m); m.append(9); m.appendleft(8); print(m, m.maxlen)
m.extendleft([1, 2]); print(m); m.extend([7, 7, 7, 7]); print(m)
e = deque(); 
try: e.popleft()
except IndexError as x: print(x)
try: e.pop()
except IndexError as x: print(x)
e.appendleft(1); e.appendleft(2); print(e.popleft(), e.popleft(), len(e), bool(e))
for i in range(200): e.append(i)
for i in range(150): e.popleft()
print(len(e), e[0], e[-1], list(e)[:3], sum(e))
print(deque([1,2]) + deque([3]), deque([1]) * 3, deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), copy.copy(deque([4,5])), copy.deepcopy(deque([[1]])))
d2 = deque([1,2,3]); d2 *= 2; print(d2); d2.insert(1, 'i'); d2.remove(3); print(d2, list(reversed(d2)))
d2.clear(); print(d2, len(d2))
q = deque()
for i in range(200000): q.append(i)
while q: q.popleft()
for i in range(200000): q.appendleft(i)
while q: q.pop()
print('drained', len(q), bool(q))
