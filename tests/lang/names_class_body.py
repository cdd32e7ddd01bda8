# Class bodies use LOAD_NAME: their own names first, then globals, then builtins.
x = "global x"
class C:
    print("in body:", x)
    x = "class x"
    print("in body:", x)
    y = x + "!"
    n = len("four")
    def len(self):
        return "method named len"
    z = len
print(C.y, x, C.n, C().len())
print(C.z is C.len)
class D:
    lst = [x for x in range(2)]
print(D.lst, x)
def f():
    class Local:
        v = "class in a function"
    return Local.v
print(f())
