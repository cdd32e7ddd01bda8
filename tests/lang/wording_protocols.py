# with, sys, time and exception-constructor errors in python3's words.
import sys
import time

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Neither:
    pass
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, t, v, tb):
        return False
def use(mgr):
    with mgr:
        print("inside")
attempt("with neither", lambda: use(Neither()))
attempt("with no __exit__", lambda: use(NoExit()))
attempt("with no __enter__", lambda: use(NoEnter()))

attempt("sys.exit kw", lambda: sys.exit(code=1))
attempt("sys.exit 2", lambda: sys.exit(1, 2))
attempt("getrefcount 0", lambda: sys.getrefcount())
attempt("getrecursionlimit 1", lambda: sys.getrecursionlimit(1))
attempt("setrecursionlimit 0", lambda: sys.setrecursionlimit())
attempt("setrecursionlimit kw", lambda: sys.setrecursionlimit(n=5))
attempt("setswitchinterval 0", lambda: sys.setswitchinterval())
attempt("getswitchinterval 1", lambda: sys.getswitchinterval(1))
attempt("write 0", lambda: sys.stdout.write())
attempt("write 2", lambda: sys.stdout.write("a", "b"))
attempt("write int", lambda: sys.stdout.write(1))
attempt("flush 1", lambda: sys.stdout.flush(1))
attempt("time 1", lambda: time.time(1))
attempt("time kw", lambda: time.time(a=1))
attempt("perf_counter 1", lambda: time.perf_counter(1))
attempt("sleep 0", lambda: time.sleep())
attempt("sleep kw", lambda: time.sleep(secs=0))
attempt("sleep str", lambda: time.sleep("a"))
attempt("sleep negative", lambda: time.sleep(-1))

class Plain(Exception):
    pass
class Kw(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class PassesKw(Exception):
    def __init__(self, msg):
        super().__init__(msg=msg)
attempt("ValueError kw", lambda: ValueError(a=1))
attempt("subclass kw", lambda: Plain(a=1))
attempt("own __init__ kw", lambda: print(Kw("m", code=3).code, Kw("m", code=3).args))
attempt("super().__init__ kw", lambda: PassesKw("m"))
