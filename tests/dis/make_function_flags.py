# Every MAKE_FUNCTION flag alone and together: dis names them in bit order.
def defaults(a=1):
    return a
def kwdefaults(*, k=2):
    return k
def annotated(a: int) -> str:
    return str(a)
def outer():
    x = 1
    def closure(y=x, *, z=x) -> int:
        return x + y + z
    return closure
class C:
    def method(self, n: int = 3, *, m: "str" = "m"):
        return lambda q=n: q + n
