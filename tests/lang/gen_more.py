# Generators with cells, class-body genexps, recursion, cycles, with blocks.
def outer(a):
    def g():
        yield a
    yield from g()
    yield (lambda: a)()
print(list(outer(5)))
def r():
    yield from r()
try:
    list(r())
except RecursionError as e:
    print("RecursionError")
class C:
    xs = [1, 2, 3]
    total = sum(x for x in xs)
print(C.total)
def gen_with_self_cycle():
    me = yield
    yield me
import gc
for i in range(3):
    g = gen_with_self_cycle(); next(g); g.send(g)
del g
print(gc.collect() >= 0)
def gl():
    global G
    yield G
G = 4
print(next(gl()))
print(type((x for x in [])).__name__)
def wth():
    class M:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with M():
        yield 1
        yield 2
w = wth(); next(w); del w
print("done")
