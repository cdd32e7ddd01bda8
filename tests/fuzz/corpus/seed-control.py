# Control flow the block stack must unwind: break/continue/return through
# finally, with, nested try, global/nonlocal, class bodies.
def gen(n):
    out = []
    for i in range(n):
        try:
            out.append(i)
        finally:
            pass
    return out

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

def g():
    counter = 0
    def inc():
        nonlocal counter
        counter += 1
        return counter
    for i in gen(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            inc()
    with Ctx() as c:
        raise KeyError("swallowed")
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("outer") from e
    except TypeError as t:
        print(type(t.__cause__).__name__)
    while True:
        try:
            return inc()
        finally:
            print("finally")

total = 0
def bump():
    global total
    total += g()
bump()
print(total)

class A:
    x = 1
    def __init__(self):
        self.y = [self]
    def __del__(self):
        print("del")
class B(A):
    def __init__(self):
        super().__init__()
b = B()
b.y.append({"self": b})
del b
assert isinstance(B(), A), "never"
