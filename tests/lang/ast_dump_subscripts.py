import ast
srcs = ["x[1]", "x[1:2]", "x[:]", "x[::2]", "x[1:]", "x[a, b]", "x[1,]", "x[1:2, 3]", "x[1:2, ::3]",
        "x[a][b:c]", "d[k] = v", "del d[1:2]", "f(x)[0]", "x[(1, 2)]", "y = x[-1]"]
for s in srcs:
    t = ast.parse(s)
    print(ast.dump(t.body[0], include_attributes=True))
print(ast.dump(ast.Index(ast.Constant(1))), ast.dump(ast.ExtSlice([ast.Constant(1)])), ast.dump(ast.ExtSlice()))
print([c.__name__ for c in ast.Slice.__mro__], ast.Slice._fields, ast.Slice._attributes)
print(ast.Return().value, ast.Slice().lower, ast.arg('a').annotation, ast.alias('a').asname)
t = ast.parse("def f(a: int, *, b=2) -> str:\n    '''doc'''\n    return a[1:2]\n")
print(ast.dump(t, indent=4))
print(ast.dump(t, annotate_fields=False))
print(ast.dump(ast.parse("from . import x"), annotate_fields=False))
print(ast.dump(ast.Name(id='x'), indent=2), ast.dump(ast.Tuple(elts=[]), indent=1))
print(ast.dump(ast.parse("a if b else c", mode='eval'), indent=''))
print(ast.dump(ast.parse("raise"), include_attributes=True))
