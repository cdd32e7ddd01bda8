# Argument-binding errors name the function by __qualname__, as python3 does.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def f(a, b):
    return a
def g(a, b=1, *, k):
    return a
def h():
    return 1
def po(a, b, /, c=0):
    return a
class C:
    def m(self, a):
        return a
    class D:
        def n(self):
            return 0
    def three(self, a, b, c):
        return a

attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("missing three", lambda: C().three())
attempt("too many", lambda: f(1, 2, 3))
attempt("takes none", lambda: h(1))
attempt("defaults range", lambda: g(1, 2, 3, k=1))
attempt("keyword-only", lambda: g(1))
attempt("method missing", lambda: C().m())
attempt("method too many", lambda: C().m(1, 2))
attempt("unexpected kw", lambda: C().m(z=1))
attempt("multiple values", lambda: C().m(1, a=2))
attempt("nested class", lambda: C.D().n(1))
attempt("unbound self", lambda: C.D.n())
attempt("positional-only", lambda: po(1, b=2))
attempt("positional-only two", lambda: po(a=1, b=2))

def outer():
    def inner(x):
        return x
    inner()
attempt("local function", outer)
attempt("lambda", lambda: (lambda x: x)())

attempt("star not iterable", lambda: f(*1))
attempt("dstar not mapping", lambda: f(**1))
attempt("method star", lambda: C().m(*1))
attempt("method dstar", lambda: C().m(**1))
attempt("class star", lambda: C(*1))
attempt("builtin star", lambda: print(*1))
attempt("builtin method star", lambda: [].append(*1))
attempt("dstar duplicate", lambda: f(a=1, **{"a": 2}))
attempt("dstar duplicate method", lambda: C().m(a=1, **{"a": 2}))
