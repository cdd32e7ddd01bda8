# When a function returns, its locals are released in slot order (parameters,
# then locals in order of first assignment), as CPython's frame dealloc does.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(p):
    a = T("a")
    b = T("b")
    c = T("c")
    print("returning")
f(None)
print("after f")
def g(p, q):
    z = T("z, first assigned")
    y = T("y, second assigned")
    return None
g(None, None)   # (a temporary argument would die at a different time in 3.8 and 3.11)
print("after g")
