# with: __exit__ sees exceptions and may suppress them by returning True.
class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, repr(ev))
        return self.suppress
with Ctx(True):
    raise ValueError("suppressed")
print("continues after suppression")
try:
    with Ctx(False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
try:
    with Ctx(None):
        1 / 0
except ZeroDivisionError:
    print("None does not suppress")
def f():
    with Ctx(True):
        raise RuntimeError("inside function")
        print("not reached")
    return "function goes on"
print(f())
class Raising:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, a, b, c):
        print("exit must not run")
try:
    with Raising():
        print("body must not run")
except OSError as e:
    print("OSError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
