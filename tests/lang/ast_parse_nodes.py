# ast.parse: node classes, fields and positions of gilvm's tree, printed
# in a form CPython 3.8 and 3.11 agree on (no subscripts: 3.9 dropped Index).
import ast

SOURCE = '''\
"""Module doc."""
import os.path as osp, sys
from . import a as b, c
from ..pkg import *

@decorate(1)
@other
class K(Base, metaclass=Meta):
    x: int = 3
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "R":
        global g
        nonlocal_free = lambda q, *r: q
        return (yield from a)

async def co(x):
    async with x as (y, z), w:
        await y
    async for i in z:
        pass

for i, j in pairs:
    if i and j or not i:
        continue
    elif i is not j:
        break
    else:
        del i, j
else:
    pass
while (n := next(it)) > 0:
    n **= 2; n //= 3; n @= m
try:
    raise ValueError("v") from None
except (KeyError, ValueError) as e:
    print(e, *rest, sep="", **opts)
except Exception:
    assert False, "msg"
else:
    pass
finally:
    x = y = -1 + ~2 * +3 - 4 / 5 % 6 << 7 >> 8 & 9 | 10 ^ 11
with open(f) as fh:
    data = [c for c in fh if c if not c] + list({k: v for k, v in d.items()}) + [*{1, 2}]
g = (e for e in (1, 2.5, 3j, b"x", u"s", "t" "u", None, True, ..., 10**100, 0xff))
s = 1 if a < b <= c != d in e not in f is g else 2
t = f"x{y!r:>{w}} {z}"
'''


def describe(node, depth):
    parts = [type(node).__name__]
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in node._attributes and not isinstance(node, (ast.alias, ast.keyword)):   # 3.10 placed these
            parts.append('%s=%s' % (attr, getattr(node, attr)))
    for name, value in ast.iter_fields(node):
        if isinstance(value, list):
            parts.append('%s[%d]' % (name, len(value)))
        elif not isinstance(value, ast.AST) and value is not None:
            parts.append('%s=%r' % (name, value))
    print('  ' * depth + ' '.join(parts))
    for child in ast.iter_child_nodes(node):
        if isinstance(node, ast.JoinedStr):   # 3.8 and 3.11 place f-string parts differently
            print('  ' * (depth + 1) + type(child).__name__)
        else:
            describe(child, depth + 1)


tree = ast.parse(SOURCE, 'mod.py')
describe(tree, 0)
print(ast.get_docstring(tree))
print(ast.get_docstring(tree.body[4].body[1]))

expr = ast.parse('a + 1', mode='eval')
print(type(expr).__name__, type(expr.body).__name__, expr.body.left.id)
single = ast.parse('x = 1; y = 2', mode='single')
print(type(single).__name__, [type(s).__name__ for s in single.body])
print(type(ast.parse(b'# bytes source\nz = 1\n').body[0]).__name__)

# the tree is not constant-folded, as CPython's
folded = ast.parse('1 + 2 * 3', mode='eval').body
print(type(folded).__name__, type(folded.right).__name__, folded.right.left.value)
print(type(ast.parse('-5', mode='eval').body).__name__)
print(type(ast.parse('(1, 2)[0]', mode='eval').body.value).__name__)
print(type(ast.parse('not (a in b)', mode='eval').body).__name__)

for bad in ['x = (', 'def f(:\n    pass', '  indented', 'a +* b', 'f(**x, *y)', 'x = 1 = 2']:
    try:
        ast.parse(bad, 'bad.py')
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno)   # 3.10 reworded the messages
try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print('ValueError', 'mode' in str(e))

# AnnAssign.simple: 0 for a parenthesized name
print([s.simple for s in ast.parse('(x): int = 1\ny: int\n((z)): int').body])
