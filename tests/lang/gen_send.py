# send, throw, close, gi_running, StopIteration values.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

g = acc()
print(g.send(None))
print(g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = acc()
try:
    g.send(1)
except TypeError as e:
    print(e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "after"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError, "two"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(c))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
print(next(f))
print(f.close())
print(f.close())
print(list(f))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def unstarted():
    try:
        yield 1
    finally:
        print("not printed")
u = unstarted()
u.close()
print(list(u))

def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2), g2.gi_running)

def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(e)

def ret_value():
    yield 1
    return [1, 2]
it = ret_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

t = fin()
try:
    t.throw(IndexError)
except IndexError:
    print("thrown into unstarted")
print(list(t))
try:
    fin().throw(1)
except TypeError as e:
    print(e)
