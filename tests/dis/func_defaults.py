def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

def g(x, y=None):
    """Docstring."""
    if y is None:
        y = []
    return y

f(1, c=3)
f(1, 2, 3, c=4, d=5)
g(x=1)
