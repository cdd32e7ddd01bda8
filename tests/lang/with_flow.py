# with inside loops and functions: continue, return, nested managers, suppression, two managers in one statement.
class C:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.n == 2
def f():
    for i in range(4):
        with C(i) as v:
            if v == 0:
                continue
            if v == 1:
                try:
                    raise KeyError(v)
                except KeyError:
                    print("handled inside with")
                continue
            if v == 2:
                raise ValueError("suppressed by exit")
            return "returned from with " + str(v)
print(f())
def g():
    with C(5):
        with C(2):
            raise TypeError("inner suppressed")
        print("after inner with")
    return "g done"
print(g())
def h():
    try:
        with C(7):
            raise IndexError("propagates")
    except IndexError as e:
        return "caught " + str(e)
print(h())
with C(8) as a, C(9) as b:
    print("two managers", a, b)
