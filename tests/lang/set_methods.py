# Every set and frozenset method, with several arguments where CPython takes
# them, arguments of any iterable kind, and the results' types.
s = {1, 2, 3}
print(s.add(4), s, s.add(4), s)
print(s.remove(4), s, s.discard(99), s.discard(3), s)
s.clear()
print(s, len(s))
s = set(range(10))
popped = [s.pop() for _ in range(3)]
print(popped, s)
s.update([10, 11], (12,), range(13, 15), {15: 0}, "")
print(s)
s.intersection_update(range(5, 20), [6, 7, 8, 9, 10, 11, 12, 99])
print(s)
s.difference_update([6], {7}, (8,))
print(s)
s.symmetric_difference_update([9, 100])
print(s)
s.symmetric_difference_update({100: 1, 200: 2})
print(s)
s.symmetric_difference_update(s)
print(s)
a = {1, 2, 3, 4}
print(a.union(), a.union([5], (6,), {7}, range(8, 10)), a.union(a))
print(a.intersection(), a.intersection([2, 3, 9], (3, 2, 4)), a.intersection(a), a.intersection({9}))
print(a.difference(), a.difference([1], (2,)), a.difference(a), a.difference({1: 0}), a.difference(set()))
print(a.symmetric_difference([4, 5]), a.symmetric_difference(a), a.symmetric_difference({4: 0, 6: 0}))
print(a.issubset(range(10)), a.issubset([1, 2, 3]), a.issubset(a), set().issubset([]))
print(a.issuperset([1, 2]), a.issuperset(range(5)), a.issuperset(a), a.issuperset({1, 2}))
print(a.isdisjoint([5, 6]), a.isdisjoint((4,)), a.isdisjoint({9}), a.isdisjoint(a), set().isdisjoint(set()))
print(a.__contains__(1), a.__contains__(9), frozenset(a).__contains__(2))
f = frozenset([1, 2, 3])
r = [f.union([4]), f.intersection([1]), f.difference([1]), f.symmetric_difference([9]), f.copy()]
print(r, [type(x).__name__ for x in r])
r = [a.union(f), a.intersection(f), a.difference(f), a.symmetric_difference(f), a.copy()]
print(r, [type(x).__name__ for x in r])
print(f.issubset(a), f.issuperset({1}), f.isdisjoint(a), f.isdisjoint([4]))
big = set(range(100))
small = {3, 50, 200}
print(small.difference(big), big.difference(small) == set(range(100)) - {3, 50})
small.difference_update(big)
print(small)
e = set()
for i in range(40):
    e.add(i)
    if i % 3 == 0:
        e.discard(i // 2)
print(e, len(e))
while e:
    e.pop()
print(e, e == set())
