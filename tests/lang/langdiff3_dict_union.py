# dict | dict and d |= mapping (PEP 584), which modern programs use to merge settings.
a = {'a': 1, 'b': 2}
b = {'b': 3, 'c': 4}
print(a | b, b | a, a)
c = a
c |= b
print(c is a, a)
a |= [('z', 0)]
print(a)
try: a | [('x', 1)]
except TypeError as e: print(e)
try: [1] | a
except TypeError as e: print(e)
class D(dict): pass
print(type(D(x=1) | {'y': 2}).__name__, D(x=1) | {'y': 2})
e = D(x=1); e |= {'q': 1}; print(type(e).__name__, e)
from collections import defaultdict
print(dict(defaultdict(int, a=1) | {'b': 2}))
