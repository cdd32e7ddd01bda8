class A:
    def __init__(self, x):
        self.x = x
        print("A.__init__", x)
    def f(self):
        return "A.f"
    def who(self):
        return "A"

class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def f(self):
        return "B.f>" + super().f()

class C(B):
    def __init__(self):
        super().__init__(1, 2)
    def f(self):
        return "C.f>" + super().f()
    def capture(self):
        g = lambda: self
        return super().who(), g() is self

c = C()
print(c.x, c.y, c.f(), c.capture())
print(type(c).__name__)

class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "MyErr[%d]: %s" % (self.code, super().__str__())

try:
    raise MyErr("bad", 7)
except ValueError as e:
    print(e, e.args, e.code)

def nosuper():
    return super()
try:
    nosuper()
except RuntimeError as e:
    print("RuntimeError:", e)
def noargs():
    return super()
try:
    noargs()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
class D:
    def m(self):
        return super().__repr__ is not None
    def n(self):
        del self
        return super()
print(D().m())
try:
    D().n()
except RuntimeError as e:
    print("RuntimeError:", e)
def outside(self):
    return super()
try:
    outside(1)
except RuntimeError as e:
    print("RuntimeError:", e)

class Base:
    def __init__(self):
        pass
class Counter(Base):
    count = 0
    def __init__(self):
        super().__init__()
        Counter.count = Counter.count + 1
    def bump(self, n):
        if n == 0:
            return Counter.count
        return Counter.bump(self, n - 1)
print(Counter().bump(3), Counter().bump(0))
class Sub(Counter):
    def bump(self, n):
        return super().bump(n) * 10
print(Sub().bump(2))
