# Deeply nested containers: comparing, printing and freeing them recurse in C;
# each ends in RecursionError (as in CPython) or succeeds, never a crash.
def nest(make, n):
    x = make(0)
    for i in range(n):
        x = make(x)
    return x

def attempt(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError:", e)

a = nest(lambda v: [v], 100000)
b = nest(lambda v: [v], 100000)
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
attempt("list in", lambda: a in [0, b])
attempt("tuple ==", lambda: nest(lambda v: (v,), 100000) == nest(lambda v: (v,), 100000))
attempt("list repr", lambda: repr(a))
attempt("dict str", lambda: str(nest(lambda v: {1: v}, 100000)))
attempt("shallow ==", lambda: nest(lambda v: [v], 50) == nest(lambda v: [v], 50))
del a, b
t = nest(lambda v: (v, None), 300000)
d = nest(lambda v: {"k": v}, 300000)
del t, d
print("freed")
