# collections' types are real dict and tuple subclasses, as in CPython.
from collections import namedtuple, defaultdict, OrderedDict, Counter

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1, 2)
print(p, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p < (1, 3))
x, y = p
print(x, y, p[0], p[-1], p[:1], p + (3,), len(p), list(p), tuple(p), max(p))
print(Point(5), Point._make([7, 8]), p._replace(y=9), p._asdict(), Point._fields)
print(hasattr(p, "__dict__"), sorted([Point(2, 1), Point(1, 5), (1, 2)]))
for bad in (lambda: setattr(p, "x", 3), lambda: setattr(p, "z", 3),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: Point()):
    try:
        bad()
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__)
print("%s=%s" % p, "{}-{}".format(*p), dict([Point("k", "v")]))

d = defaultdict(list)
d["a"].append(1)
d["b"]
print(isinstance(d, dict), d, len(d), dict(d), sorted(d), d.get("z"), "z" in d)
class Tally(defaultdict):
    pass
t = Tally(int, {"x": 2})
t["y"] += 1
print(t, t.copy(), type(t.copy()).__name__, d.default_factory)

o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a")
o.move_to_end("c", last=False)
print(o, isinstance(o, dict), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

c = Counter("abracadabra")
print(isinstance(c, dict), c, c["zzz"], c.most_common(2), sorted(c.elements())[:6])
print(c + Counter("aaz"), c - Counter("aaaaaaa"), c & Counter("ab"), c | Counter(z=4))
c.update({"a": 10})
del c["nope"]
print(c["a"], sorted(c.keys()), sum(c.values()), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
