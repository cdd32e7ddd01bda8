# min and max, with key.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((1, 9)), min("hello"), max("hello"))
print(min([3, 1, 2], key=lambda v: -v), max(["aa", "b", "ccc"], key=len), min(["aa", "b", "cc"], key=len))
print(max([("a", 2), ("b", 2)], key=lambda p: p[1]), min([("a", 2), ("b", 2)], key=lambda p: p[1]))
print(max(1, 2.5), min(-1, -1.0), max([True, 0]))
print(max({"x": 1, "z": 0}), min(range(5, 10)))
print(max("apple", "pear", key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
