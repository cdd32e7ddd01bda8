# dict subclasses: __missing__, overrides of item access, the base's methods.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = Default(list, a=[1])
d["x"].append(1)
d["x"].append(2)
d["a"].append(3)
print(sorted(d.items()), d.get("zz"), "zz" in d, len(d), isinstance(d, dict), type(d).__name__)
print(d == {"a": [1, 3], "x": [1, 2]}, {"a": [1, 3], "x": [1, 2]} == d, d.factory is list)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, it):
        for k in it:
            self[k] += 1
        return self


c = Counter().add("abracadabra")
print(sorted(c.items()), c["q"], "q" in c, c.get("q", "none"), c.pop("a"), len(c))


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())

    def __repr__(self):
        return "Lower(" + dict.__repr__(self) + ")"


lo = Lower()
lo["AbC"] = 1
lo["X"] = 2
print(lo, lo["abc"], lo["ABC"], "aBc" in lo, list(lo), list(lo.keys()), lo.get("x"), str(lo))
try:
    lo["nope"]
except KeyError as e:
    print("KeyError", e)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(x=1)
a.y = 2
print(a.x, a.y, sorted(a.items()), hasattr(a, "z"), a.__dict__ if False else "ok")
e = Attr()
print(e, len(e), bool(e), dict(a) == {"x": 1, "y": 2}, type(dict(a)).__name__)
try:
    hash(a)
except TypeError as err:
    print(err)
try:
    Default()
except TypeError as err:
    print(type(err).__name__)
