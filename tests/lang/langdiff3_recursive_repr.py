# A container that holds itself shows '...' where it recurs: OrderedDict, deque,
# ChainMap as python3's; nested built-ins run out of depth with repr's message.
from collections import OrderedDict, deque, defaultdict, Counter, ChainMap, UserDict, UserList
o = OrderedDict(); o[1] = o; o[2] = [o]; print(o)
q = deque([1]); q.append(q); print(q, repr(q))
q2 = deque([1], maxlen=3); q2.append(q2); print(q2)
d = defaultdict(list); d[1] = d; print(d)
c = Counter(); c['a'] = 1; print(c)
cm = ChainMap({}); cm.maps[0]['x'] = cm; print(cm)
u = UserList([1]); u.append(u); print(u)
ud = UserDict(); ud['k'] = ud; print(ud)
l = []
for i in range(100000):
    l = [l]
d = {}
for i in range(100000):
    d = {1: d}
for obj in (l, d):
    for f in (repr, str):
        try:
            f(obj)
        except RecursionError as e:
            print(e)
l2 = [1, [2]]; l2[1].append(l2); print(l2, str(l2))
d2 = {}; d2['a'] = [d2]; print(d2)
