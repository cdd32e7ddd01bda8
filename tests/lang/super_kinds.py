# super() in classmethods, properties, staticmethods, lambdas and plain functions.
class A:
    def make(cls):
        return "A.make " + cls.__name__
    make = classmethod(make)
    def s(x):
        return super()
    s = staticmethod(s)
    def p(self):
        return "A.p"
    p = property(p)
class B(A):
    def make(cls):
        return "B>" + super().make()
    make = classmethod(make)
    def p(self):
        return "B>" + super().p
    p = property(p)
    def lam(self):
        return (lambda: super())
print(B.make(), B().make(), B().p)
try:
    A.s(5)
except TypeError as e:
    print("TypeError:", e)
try:
    B().lam()()
except RuntimeError as e:
    print("RuntimeError:", e)
def method(self):
    return super().p
class E(A):
    pass
try:
    method(E())
except RuntimeError as e:
    print("RuntimeError:", e)
class F(B):
    def __repr__(self):
        return "F<" + super().__repr__()[:9] + ">"
print(repr(F()))
print(str(super(B, B())).startswith("<super"))
