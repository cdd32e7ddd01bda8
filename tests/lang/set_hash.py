# hash(frozenset) is python3's algorithm; frozensets as dict keys and set
# members; sets are unhashable; a set looked up in a set of frozensets
# stands for the equal frozenset.
for fs in (frozenset(), frozenset({1}), frozenset({1, 2}), frozenset(range(100)),
           frozenset({-1, -2}), frozenset({(1, 2), 7, 2.5}), frozenset({frozenset({1}), 3}),
           frozenset({True, 0.5})):
    print(sorted(fs, key=repr), hash(fs))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1, 2])), hash(frozenset({1})) == hash(frozenset({1.0})))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d, {1, 2} in {frozenset({1, 2}): 0} if False else "skip")
ss = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(len(ss), {1} in ss, {3} in ss, set() in ss, frozenset({1, 2}) in ss)
ss.remove({1})
ss.discard({1, 2})
print(ss)
try:
    ss.remove({5})
except KeyError as e:
    print("KeyError", e)
for bad in ([1], {1}, {1: 2}):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
    try:
        {1, bad}
    except TypeError as e:
        print(e)
    try:
        {1}.add(bad)
    except TypeError as e:
        print(e)
    try:
        print(bad in {1})
    except TypeError as e:
        print(e)
    try:
        {1}.discard(bad)
        print("discarded")
    except TypeError as e:
        print(e)
try:
    {frozenset({1}): 1}[{1}]
except TypeError as e:
    print(e)
try:
    hash(frozenset({1, (1, [2])}))
except TypeError as e:
    print(e)
nested = frozenset({frozenset({frozenset({1})})})
print(nested, hash(nested) == hash(frozenset([frozenset([frozenset([1])])])))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h
    def __repr__(self):
        return "H(%d)" % self.h
print({H(1), H(1), H(9), H(17)}, hash(frozenset({H(5)})) == hash(frozenset({5})))
