# The @ and @= operators: __matmul__, the reflected __rmatmul__ (a subclass's
# first), __imatmul__ in place or falling back to @, and CPython's errors.
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        if isinstance(other, (int, float)):
            return M([[other * x for x in r] for r in self.rows])
        return NotImplemented
    def __repr__(self):
        return "M(%r)" % self.rows

class Sub(M):
    def __rmatmul__(self, other):
        return "Sub.__rmatmul__ first"

class InPlace(M):
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

a, b = M([[1, 2], [3, 4]]), M([[5, 6], [7, 8]])
print(a @ b, 2 @ a, a @ Sub([[1]]))
x = a
x @= b
print(x, x is a, a)
y = InPlace([[1, 0], [0, 1]])
z = y
y @= b
print(y, y is z)
def chain(*ms):
    r = ms[0]
    for m in ms[1:]:
        r = r @ m
    return r
print(chain(a, b, a))
for left, right in [(a, "s"), (1, 2), ([1], [2])]:
    try:
        left @ right
    except TypeError as e:
        print("TypeError:", e)
try:
    w = [1]
    w @= [2]
except TypeError as e:
    print("TypeError:", e)

# The subclass-first rule holds for every operator, not only @.
class N:
    def __mul__(self, o): return "N.__mul__"
    def __rmul__(self, o): return "N.__rmul__"
    def __add__(self, o): return "N.__add__"
class D(N):
    def __rmul__(self, o): return "D.__rmul__"
print(N() * D(), D() * N(), 2 * D(), N() + D())
