# def with positional, default and keyword arguments.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 30))
print(f(1, 2, 30, 40))
print(f(1, b=20))
print(f(a=1, b=2, d=9))
print(f(d=0, c=0, b=0, a=0))
print(f(1, 2, d=7))
def g():
    return "no args"
print(g())
def h(x):
    x = x + 1      # rebinding a parameter is local
    return x
v = 5
print(h(v), v)
def noreturn():
    pass
print(noreturn())
def default_expr(n=2 * 3):
    return n
print(default_expr(), default_expr(1))
def errs():
    for call in [lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, e=5), lambda: f(1, a=1)]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
errs()
