# Three-argument pow through a class's __pow__, reversed() of dicts and
# their views, int()/float() of other scripts' digits and spaces.
import collections


class V:
    def __init__(self, v):
        self.v = v

    def __pow__(self, o, m=None):
        return ("pow", self.v, o, m)

    def __rpow__(self, o):
        return ("rpow", o)


class N:
    pass


print(pow(V(1), 2), pow(V(1), 2, 5), V(1) ** 3, 2 ** V(1))
try:
    pow(N(), 1, 2)
except TypeError as e:
    print(type(e).__name__)
try:
    pow(1.0, 1, 2)
except TypeError as e:
    print(e)
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7), pow(-3, 3, 5))

d = {1: 2, 3: 4, 5: 6}
del d[3]
d[3] = 0
print(list(reversed(d)), list(d.__reversed__()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed(collections.Counter("aab"))), list(reversed(collections.OrderedDict(a=1, b=2))))


class R:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(R())
except TypeError as e:
    print(e)

print(int("\u0663\u0664"), int("\u2003 12 \u3000"), float("\u0661.\u0665"), int("\uff11\uff12"), int("\u0967", 16))
for s in ["\u0663x", "\u00e9", "12\u00e9", "1\u00a02"]:
    for conv in (int, float):
        try:
            conv(s)
        except ValueError as e:
            print(e)


class S(str):
    pass


print(float(S("2.5")), int(S("7")), float(S("\u0662")))
