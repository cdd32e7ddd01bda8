# ChainMap, UserDict and UserList; os.fdopen.
from collections import ChainMap, UserDict, UserList
c = ChainMap({'a':1}, {'a':2,'b':3}); print(c, c['b'], len(c), list(c), c.maps, c.new_child({'z':0}), c.parents)
c['q']=5; print(c.maps[0]); del c['q']
try: del c['b']
except KeyError as e: print('KeyError', e)
print(repr(ChainMap()), dict(c), c.get('zz', 7), 'a' in c, bool(ChainMap({})))
u = UserDict(a=1); u['b']=2; print(u, u.data, len(u), 'a' in u, type(u.copy()).__name__)
l = UserList([3,1,2]); l.sort(); print(l, l + [4], l[0], type(l[1:]).__name__, l == [1,2,3])
print(c | {'x': 1}, {'y': 0} | c)
class D(UserDict):
    def __missing__(self, k): return k * 2
print(D()['ab'], ChainMap.fromkeys('ab', 0), c.pop('a'), c)
try: ChainMap().popitem()
except KeyError as e: print('KeyError', e)
l2 = UserList('xyz'); l2 += 'w'; print(l2, 2 * UserList([1]), l2.index('y'), l2.count('x'), [0] + UserList([1]))
import os
r, w = os.pipe()
with os.fdopen(w, 'w') as f:
    f.write('through fdopen\n')
with os.fdopen(r) as f:
    print(f.read(), end='')
try:
    os.fdopen('x')
except TypeError as e:
    print('TypeError')
