class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"

def describe(v):
    match v:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 1 | 2:
            return f'small {v}'
        case -3:
            return 'minus three'
        case 1.5 + 2j:
            return 'complex'
        case 'hello' | 'hi' as greeting:
            return 'greeting ' + greeting
        case [] :
            return 'empty seq'
        case [x]:
            return f'one {x}'
        case [x, y] if x == y:
            return f'pair of same {x}'
        case [x, *rest, 99]:
            return f'starts {x} rest {rest} ends 99'
        case (first, *_):
            return f'first {first}'
        case {'kind': 'circle', 'r': r}:
            return f'circle {r}'
        case {'kind': k, **others}:
            return f'kind {k} others {sorted(others.items())}'
        case {}:
            return 'some mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis {y}'
        case Point(x, y=7) as pt:
            return f'y7 {x} {pt.x}'
        case Point():
            return 'point'
        case int(n) if n > 100:
            return f'big int {n}'
        case str() | bytes():
            return 'stringy'
        case float(f):
            return f'float {f}'
        case _:
            return 'other'

for v in [None, True, False, 0, 1, 2, -3, 1.5+2j, 'hello', 'hi', 'x', b'y', [], [5], (6,), [3, 3], [3, 4],
          [1, 2, 3, 99], (1, 2, 3), {'kind': 'circle', 'r': 2}, {'kind': 'sq', 'a': 1, 'b': 2}, {'z': 1},
          Point(0, 0), Point(0, 5), Point(3, 7), Point(3, 8), 500, 50, 2.5, object, range(3), 'ab']:
    print(repr(v)[:30], '->', describe(v))

match = 5
match += 1
print(match)
case = [match]
print(case)
def match(a): return a * 2
print(match(4))
match (3):
    case 3: print('paren subject')
match 1, 2:
    case (1, z): print('tuple subject', z)
for i in range(5):
    match i:
        case 0: continue
        case 3: break
        case _: print('loop', i)
import collections
match collections.deque([1, 2]):
    case [a, b]: print('deque', a, b)
match collections.OrderedDict(a=1):
    case {'a': v}: print('od', v)
def f(x):
    match x:
        case {'k': [a, b]} if a < b:
            return a
        case _:
            return None
print(f({'k': [1, 2]}), f({'k': [2, 1]}), f(3))
# generator in match
def g(items):
    for it in items:
        match it:
            case (k, v): yield f'{k}={v}'
            case str(s): yield s.upper()
print(list(g([('a', 1), 'b', ('c', 2)])))
# nested functions capturing match names
def outer(v):
    match v:
        case [x, y]:
            return lambda: x + y
print(outer([1, 2])())
# class-level match
class K:
    match 3:
        case 3: attr = 'three'
print(K.attr)
# errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print(e)
try:
    match 1:
        case len(): pass
except TypeError as e: print(e)
import ast
tree = ast.parse('''
match p:
    case [1, *r] | (2, *r): pass
    case {'a': 1, **kw}: pass
    case Point(1, y=2) as pt if pt: pass
    case None | True: pass
    case -1 + 2j: pass
    case _: pass
''')
print([type(n).__name__ for n in ast.walk(tree) if isinstance(n, (ast.pattern, ast.match_case, ast.Match))])
m = tree.body[0]
print(m.cases[2].pattern.name, m.cases[2].pattern.pattern.kwd_attrs, m.cases[1].pattern.rest, m.cases[5].pattern.name)
