# deque.rotate moves only the shorter side: a small step on a long deque is
# O(step), not O(len) (a rotate-heavy loop took minutes); mixed with the
# end operations it must still give python3's order
from collections import deque
import random
random.seed(3)
ref = list(range(50))
d = deque(ref)
for step in range(3000):
    n = random.randint(-120, 120)
    d.rotate(n)
    if n and ref:
        n2 = n % len(ref)
        ref = ref[-n2:] + ref[:-n2] if n2 else ref
    op = random.randint(0, 5)
    if op == 0: d.appendleft(step); ref.insert(0, step)
    elif op == 1: d.append(step); ref.append(step)
    elif op == 2 and ref: d.popleft(); ref.pop(0)
    elif op == 3 and ref: d.pop(); ref.pop()
    assert list(d) == ref, (step, n)
print(len(d), list(d)[:8], d[0], d[-1])
m = deque(range(10), maxlen=10); m.rotate(3); m.append(99); m.rotate(-4); print(m, m.maxlen)
e = deque(); e.rotate(5); print(e); one = deque([1]); one.rotate(-7); print(one)
big = deque(range(300000))
for i in range(30000):
    big.rotate(1 if i % 3 else -2)
    big.append(big.popleft())
print(big[0], big[-1], big[150000], len(big))
