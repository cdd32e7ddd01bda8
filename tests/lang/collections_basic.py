# collections: deque (maxlen, both ends, rotate, index, errors), namedtuple
# (positional/keyword/defaults, _fields, _asdict, _replace, _make, unpacking,
# comparison with tuples, errors), defaultdict, OrderedDict (move_to_end,
# popitem either end), Counter (most_common, arithmetic, missing = 0).
from collections import deque, namedtuple, defaultdict, OrderedDict, Counter

d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5)
print(d, d.maxlen, len(d))
d.appendleft(0)
print(d, d.popleft(), d.pop(), d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft("ab")
print(d, d[0], d[-1], 7 in d, d.index(2), d.count(2))
e = deque()
for fn in (e.pop, e.popleft):
    try:
        fn()
    except IndexError as x:
        print("IndexError:", x)
print(list(reversed(deque("abc"))), deque("ab") == deque("ab"), bool(deque()), deque(range(3)))
try:
    deque(maxlen=-1)
except ValueError as x:
    print("ValueError:", x)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), p < (1, 3), len(p), hash(p) == hash((1, 2)), list(p))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as x:
    print("TypeError:", x)
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
try:
    namedtuple("Bad", "a a")
except ValueError as x:
    print("ValueError:", x)
print(namedtuple("R", "a def _b", rename=True)._fields)

dd = defaultdict(list)
dd["a"].append(1); dd["a"].append(2); dd["b"]
print(dd, dict(dd.items()), "c" in dd, len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
try:
    defaultdict()["missing"]
except KeyError as x:
    print("KeyError:", x)

od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
od.move_to_end("z")
print(od, list(od))
od.move_to_end("m", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("a", 1)]) == OrderedDict([("a", 1)]), OrderedDict(), OrderedDict(a=1)["a"])

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2))
c.update("aaz"); c.subtract({"b": 2})
print(c.most_common(3), sum(c.values()), sorted(c.elements())[:6])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter())
for args, kw in [((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 1})]:
    try:
        Point(*args, **kw)
    except TypeError as x:
        print("TypeError:", x)
