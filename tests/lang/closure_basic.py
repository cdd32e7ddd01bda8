# Closures capture variables, not values; each call makes new cells.
def make_adder(n):
    def add(x):
        return x + n
    return add
add2 = make_adder(2)
add10 = make_adder(10)
print(add2(1), add10(1), make_adder(-1)(1))
def make_pair():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    def peek():
        return items[-1] if items else None
    return push, peek
push, peek = make_pair()
print(peek(), push("a"), push("b"), peek())
push2, peek2 = make_pair()
print(peek2(), peek())
def capture_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(capture_loop())
def capture_default():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(capture_default())
def lambda_defaults(scale=2):
    return lambda x, offset=1: x * scale + offset
ld = lambda_defaults()
print(ld(5), ld(5, 0), lambda_defaults(10)(1))
def three_levels(a):
    def two(b):
        def one(c):
            return a + b + c
        return one
    return two
print(three_levels(1)(20)(300))
