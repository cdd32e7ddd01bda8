# ast's helpers over parsed and hand-built trees: walk, iter_fields,
# NodeVisitor, NodeTransformer, locations, constructors, docstrings.
import ast

SOURCE = '''\
def f(a, b=1):
    """Doc of f.

        Indented more.
    """
    total = a + b * 2
    return [total, a - 1, g(a, b)]

class C:
    "C's doc"
    def m(self):
        return self.x + 10
'''
tree = ast.parse(SOURCE)

counts = {}
for node in ast.walk(tree):
    name = type(node).__name__
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
print([type(n).__name__ for n in ast.walk(tree)][:8])
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))

    def visit_FunctionDef(self, node):
        self.seen.append(('def ' + node.name, len(node.args.args), len(node.args.defaults)))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)


class Constants(ast.NodeVisitor):
    def __init__(self):
        self.values = []

    def visit_Constant(self, node):
        self.values.append(node.value)


c = Constants()
c.visit(tree)
print(c.values)


class Rewrite(ast.NodeTransformer):
    """Renames a → alpha, doubles integers, drops `return`s of classes, folds x + 10."""

    def visit_Name(self, node):
        if node.id == 'a':
            return ast.copy_location(ast.Name(id='alpha', ctx=node.ctx), node)
        return node

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(value=node.value * 2, kind=None), node)
        return node

    def visit_ClassDef(self, node):
        self.generic_visit(node)
        node.body = [s for s in node.body if not isinstance(s, ast.Expr)]
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.List):
            return [ast.Expr(value=e) for e in node.value.elts]
        return node


new = Rewrite().visit(tree)
print(new is tree)
for stmt in new.body[0].body:
    print(type(stmt).__name__, [(type(n).__name__, getattr(n, 'id', getattr(n, 'value', None)))
                                for n in ast.walk(stmt) if isinstance(n, (ast.Name, ast.Constant))])
print([type(s).__name__ for s in new.body[1].body])


class Remove(ast.NodeTransformer):
    def visit_arguments(self, node):
        return node

    def visit_Return(self, node):
        return None


gone = Remove().visit(ast.parse('def h():\n    x = 1\n    return x\n'))
print([type(s).__name__ for s in gone.body[0].body])

# constructors
n = ast.Name(id='x', ctx=ast.Load())
print(n.id, type(n.ctx).__name__, hasattr(n, 'lineno'))
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(b.left.value, type(b.op).__name__, b.right.value, ast.BinOp._fields)
try:
    ast.Name('x', ast.Load(), 'extra')
except TypeError as e:
    print('TypeError', e)
print(ast.Name._attributes[:2], ast.expr_context._fields, issubclass(ast.Name, ast.expr), isinstance(n, ast.AST))
print(ast.dump(ast.Name(id='y', ctx=ast.Store())))
print(ast.dump(ast.BinOp(ast.Name('a', ast.Load()), ast.Mult(), ast.Name('b', ast.Load())), annotate_fields=False))
try:
    ast.dump(42)
except TypeError as e:
    print('TypeError', e)

# locations
expr = ast.Expression(body=ast.BinOp(left=ast.Name(id='x', ctx=ast.Load()), op=ast.Add(), right=n))
ast.fix_missing_locations(expr)
print([(type(m).__name__, m.lineno, m.col_offset) for m in ast.walk(expr) if hasattr(m, 'lineno')])
moved = ast.parse('x = 1\nif x:\n    y = 2\n')
ast.increment_lineno(moved, 10)
print([(type(m).__name__, m.lineno) for m in ast.walk(moved) if hasattr(m, 'lineno')])
src = ast.parse('z', mode='eval').body
dst = ast.Name(id='w', ctx=ast.Load())
ast.copy_location(dst, src)
print(dst.lineno, dst.col_offset)

# docstrings
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(repr(ast.get_docstring(ast.parse('x = 1'))))
try:
    ast.get_docstring(ast.parse('x', mode='eval'))
except TypeError as e:
    print('TypeError', e)

# compile() reads source into a tree with the flag
t = compile('q = 3', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, t.body[0].targets[0].id, t.body[0].value.value)

# get_source_segment with positions given by hand
src = "x = 1\nif x:\n    y = (a +\n  b)\n"
n = ast.Name(id='q')
print(ast.get_source_segment(src, n))
n = ast.BinOp(lineno=3, col_offset=9, end_lineno=4, end_col_offset=4)
print(repr(ast.get_source_segment(src, n)), repr(ast.get_source_segment(src, n, padded=True)))
n = ast.Name(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
print(repr(ast.get_source_segment(src, n)))

# get_source_segment of parsed nodes: their text, from start to end
text = 'total = (a +\n    b) * f(x, *y)[0].attr  # tail\nif total:\n    pass\n'
segments = [(type(node).__name__, ast.get_source_segment(text, node))
            for node in ast.walk(ast.parse(text)) if isinstance(node, (ast.stmt, ast.expr))]
for kind, segment in segments:
    print(kind, repr(segment))
print(repr(ast.get_source_segment(text, ast.parse(text).body[1], padded=True)))
