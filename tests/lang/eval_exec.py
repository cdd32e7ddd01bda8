# eval, exec and compile: the caller's namespaces or given dicts, code objects,
# SyntaxError from the string compiled, and argument errors in CPython's words.
x = 10
print(eval("x + 1"))
print(eval("  y * 2", {"y": 4}))
g = {"a": 1}
exec("b = a + 1\ndef f(): return b * 10", g)
print(g["b"], g["f"](), sorted([k for k in g if k != '__builtins__']), '__builtins__' in g)
l = {}
exec("c = a + 5", g, l)
print(l, 'c' in g)
def fn(p):
    q = p + 1
    return eval("p * q")
print(fn(3))
c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, eval(c))
c2 = compile("z = 7\nprint('in exec', z)", "<prog>", "exec")
print(exec(c2))
print(z)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    exec("def f(:\n  pass", {})
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("1", [])
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    eval()
except TypeError as e:
    print(e)
print(eval(b"3*3"))
print(globals()["x"], locals()["x"])
print(__import__("sys").path is __import__("sys").path)
exec("import sys as s2; print(s2.__name__)", {})
try:
    eval("undefined_name")
except NameError as e:
    print(e)
