# tuples.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], type(t).__name__)
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t + (4,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print(1 in t, "two" in t, 5 not in t)
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
inner = [1]
wrap = (inner, 2)
inner.append(2)
print(wrap)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
print(str((1, "a")), repr((None,)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
for x, y in [(1, 2), (3, 4)]:
    print(x * y, end=" ")
print()
