# len, abs, sum.
print(len("abc"), len(""), len([1, 2]), len((1,)), len({"a": 1}), len(range(5)), len(b"xy"), len("日本"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0), abs(True))
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(10)), sum([1, 2], 10), sum([0.1] * 10))
print(sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
