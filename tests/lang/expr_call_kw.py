# Calls with keyword arguments, to functions, methods, builtins and classes.
def f(a, b=2, c=3):
    return [a, b, c]
print(f(1), f(1, c=9), f(c=1, a=0), f(b="B", a="A"))
print(sorted([3, 1, 2], reverse=True))
print("x", "y", sep="-", end="!\n")
print(int("12"), str(3), max(3, 9, key=lambda v: -v))
class K:
    def __init__(self, p, q=0):
        self.s = p + q
    def m(self, k=1):
        return self.s * k
print(K(1).s, K(1, q=2).s, K(p=5).m(), K(p=5).m(k=3))
d = dict(a=1, b=2)
print(d)
g = f
print(g(a=7))
