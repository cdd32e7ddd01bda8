# yield from: values, send, throw and close pass through; the result is the return value.
def inner():
    got = yield "i1"
    print("inner got", got)
    try:
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        yield "i3"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError))
print(next(g))
print(list(g))

def closer():
    yield from inner()
c = closer()
next(c)
c.send(1)
c.close()
print("closed")

print(list(x for x in (yield_ for yield_ in range(3))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), "ab")))

class Sub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(99)
        return self.i
def via_iter():
    r = yield from Sub()
    yield r
print(list(via_iter()))

def no_throw():
    yield from Sub()
n = no_throw()
next(n)
try:
    n.throw(ValueError("v"))
except ValueError as e:
    print("thrown past a plain iterator:", e)

def deep(k):
    if k:
        r = yield from deep(k - 1)
        return r + 1
    yield "bottom"
    return 0
d = deep(50)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print(e.value)
print(g.gi_yieldfrom)
