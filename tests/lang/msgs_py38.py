# Error messages whose wording changed after 3.8: gilvm follows 3.8.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("int%0", lambda: 7 % 0)
attempt("float//0", lambda: 7.0 // 0.0)
attempt("float%0", lambda: 7.0 % 0.0)
attempt("int(None)", lambda: int(None))
attempt("float(None)", lambda: float(None))
attempt("isinstance", lambda: isinstance(1, 1))
attempt("zip(1)", lambda: zip(1))
attempt("%d str", lambda: "%d" % "a")
def unbound():
    print(x)
    x = 1
attempt("unbound local", unbound)
def outer():
    def inner():
        return v
    r = inner()
    v = 1
    return r
attempt("free variable", outer)
class C:
    def m(self, a):
        return a
attempt("method missing arg", lambda: C().m())
attempt("method too many", lambda: C().m(1, 2))
class NoEnter:
    pass
class NoExit:
    def __enter__(self):
        return self
def with_no_enter():
    with NoEnter():
        pass
def with_no_exit():
    with NoExit():
        pass
attempt("with no __enter__", with_no_enter)
attempt("with no __exit__", with_no_exit)
attempt("getattr int name", lambda: getattr(1, 2))
attempt("hasattr int name", lambda: hasattr(1, 2))
attempt("min()", lambda: min())
