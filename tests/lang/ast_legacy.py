# 3.8's deprecated constant classes and visit_ methods, and copying and pickling trees.
import ast, copy, pickle
t = ast.parse("x = [1, (2, 'a')]")
c = copy.deepcopy(t)
print(ast.dump(c) == ast.dump(t), c is not t, c.body[0] is not t.body[0])
p = pickle.loads(pickle.dumps(t))
print(ast.dump(p) == ast.dump(t))
class V(ast.NodeVisitor):
    def visit_Num(self, node): print('num', node.n)
    def visit_Str(self, node): print('str', node.s)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    V().visit(t)
print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b's'), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name('x'), ast.Num))
print(ast.dump(ast.Str('hi')), ast.dump(ast.NameConstant(True)), type(ast.Num(n=3)).__name__)
for call in [lambda: ast.parse('x', type_comments=False), lambda: ast.parse('x', feature_version=None)]:
    print(type(call()).__name__)
