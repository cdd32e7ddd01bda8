# enumerate and zip.
print(list(enumerate("abc")), list(enumerate([10, 20], 1)), list(enumerate([])))
for i, c in enumerate("xy"):
    print(i, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
for a, b in zip(range(3), [9, 8, 7]):
    print(a + b, end=" ")
print()
names = ["a", "b"]
vals = [1, 2]
print(dict(zip(names, vals)))
print(list(enumerate(zip("ab", "cd"))))
e = enumerate("q")
print(type(e).__name__, type(zip()).__name__, next(e))
print([i * v for i, v in enumerate([5, 5, 5])])
