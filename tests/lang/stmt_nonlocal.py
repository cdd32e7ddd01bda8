# Closures and nonlocal.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def adder(k):
    return lambda v: v + k
add5 = adder(5)
print(add5(1), adder(100)(1))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 10
    return [f() for f in fs]
print(late())
def rebinding():
    v = 1
    def get():
        return v
    v = 2
    return get()
print(rebinding())
