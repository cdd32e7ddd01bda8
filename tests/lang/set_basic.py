# Sets and frozensets: literals, displays, comprehensions, constructors from
# any iterable, repr, len, truth, membership and iteration order (python3's
# table layout for the same hashes).
print({1, 2, 3}, {3, 1, 2}, {3, 1, 2, 100, -1, 17, 9}, {0, 8, 16, 24})
print(set(), frozenset(), frozenset({1}), frozenset([3, 2, 1]))
print({x * x for x in range(10)}, {x % 4 for x in range(100)})
a = [1, 2]
b = (2, 3)
print({*a, *b}, {*a, 9, *b, *range(4, 6)}, {*()} if False else "no empty display")
print(set(range(10)), set([5, 5, 5]), set((7, 8)), set({1: 'a', 2: 'b'}))
print(sorted(set("hello")), sorted(frozenset(b"abca")))
print(set(x for x in range(3)), frozenset(iter([4, 4, 5])))
print(len(set()), len({1, 2, 2, 3}), bool(set()), bool({0}), bool(frozenset()))
s = {1, 2.0, 3, True, 1.0}
print(s, len(s), 1 in s, 2 in s, 5 in s, 5 not in s)
print({7, (1, 2), "x" in {"x"}, -0.0 in {0}}, None in {None}, len({None, None}))
print(list({9, 8, 7}), tuple(frozenset({1, 33, 65})), sorted({5, 3, 1}, reverse=True))
print(sum({1, 2, 3}), min({4, 5, -1}), max(frozenset({4, 5})), any({0}), all({1, 2}))
print(type({1}).__name__, type(frozenset()).__name__, type(set()) is set)
print(isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance({1}, frozenset))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) == f, set(f) is f, f.copy() is f)
s = {1, 2}
print(s.copy() is s, s.copy() == s)
for x in {30, 10, 20}:
    print("item", x)
print([x for x in frozenset(range(5, 0, -1))])
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1} == [1], {1} != (1,), set() == frozenset())
x = 5
print(x in {1, 2, 5}, x not in {1, 2, 5}, x in {x, 1}, [i for i in {3, 1, 2} if i in {1, 2}])
# colliding hashes: a display of constants is laid out as python3 builds it
print({5, 13, 21}, {13, 5, 21, 29, 37}, {5, 13}, [i for i in {5, 13, 21}], {0.5, (1, 2), 3})
v = 13
print({5, v, 21}, {v, 5, 21, 29, 37}, set([5, 13, 21]), frozenset((13, 5, 21)))
# repr of a set reached again while it is being shown
class R:
    def __init__(self):
        self.s = {self}
    def __repr__(self):
        return "R" + repr(self.s)
    def __hash__(self):
        return 1
r = R()
print(r, r.s)
r.s = frozenset([r])
print(r)
r.s = None
