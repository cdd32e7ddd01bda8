# dis.dis(f) prints CPython 3.8's listing to stdout.
import dis
def f(x):
    return x + 1
dis.dis(f)
def g(a, b=2):
    if a:
        return a * b
    return None
dis.dis(g)
def h(lst):
    total = 0
    for x in lst:
        total += x
    return total
dis.dis(h)
