# List, tuple and dict displays.
print([], [1], [1, 2, 3], [1, "a", None, 2.5, [3]], [1, 2,])
print((), (1,), (1, 2), (1, (2, (3,))), 1, (1))
t = 1, 2, 3
print(t, type(t).__name__)
print({}, {"a": 1}, {1: "x", "y": [1, 2]}, {"dup": 1, "dup": 2})
print({(1, 2): "tuple key"}, {True: "t", 1: "one"})
print(type({}).__name__, type(()).__name__, type([]).__name__)
x = 5
print([x, x + 1, x * 2], {"x": x, "sq": x * x}, (x,))
print(len([[]]), len(((),)), len({"": ""}))
print(None, True, False, ..., type(...).__name__)
