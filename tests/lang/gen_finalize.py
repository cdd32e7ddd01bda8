# A generator's finally runs when it is closed, freed or collected.
import gc

def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

a = g("dropped")
next(a)
del a
print("after del")

for x in g("broken loop"):
    break
print("after loop")

def holder():
    b = g("cycle")
    next(b)
    me = [b]
    me.append(me)
holder()
gc.collect()
print("after collect")

def cyc():
    self_ref = yield 1
    try:
        yield 2
    finally:
        print("finally cyc")
c = cyc()
next(c)
c.send(c)
del c
gc.collect()
print("after cycle collect")

def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raises_in_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e)

untouched = g("never started")
del untouched
print("end")
