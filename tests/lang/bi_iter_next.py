# iter and next.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
t = iter((9,))
print(list(t), list(t))
it2 = iter([1, 2, 3, 4])
next(it2)
print([x for x in it2])
same = iter([1])
print(iter(same) is same)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
