# OrderedDict.move_to_end(key, last=False) and popitem at both ends are amortised O(1)
# (200,000 of each would take minutes at O(n) each); a dict popped from its end too.
from collections import OrderedDict
od = OrderedDict((i, i*i) for i in range(10))
od.move_to_end(5, last=False); od.move_to_end(0); od.move_to_end(9, False)
print(od, list(od.keys()), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try: od.move_to_end('x', False)
except KeyError as e: print('KeyError', e)
try: od.move_to_end('x')
except KeyError as e: print('KeyError', e)
od[100]=1; od.move_to_end(100, False); print(list(od))
e = OrderedDict(); 
try: e.move_to_end(1, False)
except KeyError as ex: print('KeyError', ex)
n=200000
big = OrderedDict.fromkeys(range(n))
for i in range(n): big.move_to_end(i, last=False)
print(list(big)[:3], list(big)[-3:], len(big))
for i in range(n//2): big.popitem(last=False)
for i in range(n//4): big.popitem()
print(len(big), next(iter(big)))
d = {i: i for i in range(n)}
for i in range(n): d.popitem()
print(d)
