# __getattr__, __getattribute__, __setattr__, __delattr__, and the other
# protocol methods on classes and their subclasses.
class Record:
    def __init__(self):
        self.log = []

    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append("-" + name)
        object.__delattr__(self, name)


r = Record()
r.a = 1
r.b = 2
del r.a
print(r.log, r.xyz, r.b, hasattr(r, "a"), getattr(r, "zz", "default"))
try:
    del r.nothing
except AttributeError as e:
    print(e)


class Counted:
    def __init__(self):
        object.__setattr__(self, "hits", 0)

    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


class SubCounted(Counted):
    pass


c = SubCounted()
c.x = 1
print(c.x, c.method(), c.x, c.hits)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


px = Proxy([3, 1, 2])
px.sort()
print(px.index(2), px.count(3), object.__getattribute__(px, "_target"))


class Tool:
    def __call__(self, x):
        return x * 2

    def __bool__(self):
        return False

    def __contains__(self, x):
        return x == 3

    def __len__(self):
        return 5

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True


class SubTool(Tool):
    def __enter__(self):
        print("sub enter")
        return super().__enter__()


t = SubTool()
print(t(4), bool(t), 3 in t, 4 in t, len(t), "yes" if t else "no", callable(t))
with t as v:
    raise ValueError("swallowed")
print(type(v).__name__)


def wraps(wrapped):
    def decorate(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


def logged(f):
    @wraps(f)
    def inner(*args, **kw):
        print("calling", f.__name__)
        return f(*args, **kw)
    return inner


class Service:
    @logged
    def run(self, x):
        "Run the service."
        return x + 1


def plain():
    pass


plain.marker = "m"
wp = logged(plain)
print(Service().run(1), Service.run.__name__, Service.run.__qualname__, Service.run.__doc__)
print(Service.run.__wrapped__.__name__, wp.marker, wp.__name__, wp.__doc__, plain.__doc__)
try:
    plain.__name__ = 3
except TypeError as e:
    print(e)
