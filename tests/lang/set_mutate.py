# Hostile keys: an __eq__ that empties or refills the set being probed, a
# __hash__ or __eq__ that raises, keys freed during a comparison.  The set
# must stay consistent (no crash, no lost or doubled reference) and raise
# what python3 raises.
class Clearing:
    def __init__(self, box, h):
        self.box = box
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.box[0].clear()
        return False
box = [set()]
s = {Clearing(box, 1), 2, 3}
box[0] = s
print(len(s))
s.add(Clearing(box, 1))
print(len(s), 2 in s)
s = {Clearing(box, 7)}
box[0] = s
print(Clearing(box, 7) in s, len(s))
class Growing:
    def __init__(self, box):
        self.box = box
    def __hash__(self):
        return 0
    def __eq__(self, other):
        for i in range(8, 60):
            self.box[0].add(i)
        return False
box2 = [None]
t = {Growing(box2)}
box2[0] = t
t.add(Growing(box2))
print(len(t), sorted(x for x in t if isinstance(x, int))[:3])
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
class BadEq:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        raise ArithmeticError("no eq")
for f in (lambda: {BadHash()}, lambda: {1}.add(BadHash()), lambda: BadHash() in {1},
          lambda: {5, BadEq()}, lambda: BadEq() in {5}, lambda: {5}.remove(BadEq()),
          lambda: {5} == {BadEq()}, lambda: {5} & {BadEq()}, lambda: {5} - {BadEq()},
          lambda: {5} ^ {BadEq()}, lambda: {5}.issubset([BadEq()]), lambda: frozenset([BadHash()])):
    try:
        print(f())
    except (ValueError, ArithmeticError) as e:
        print(type(e).__name__, e)
# __del__ of a key that touches the set while it is being cleared
class Toucher:
    def __init__(self, s):
        self.s = s
    def __del__(self):
        print("del sees", len(self.s))
w = set()
w.add(Toucher(w))
w.add(1)
w.clear()
print(w)
