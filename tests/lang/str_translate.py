print("hello world".translate({ord("l"): "L", ord("o"): None, ord("w"): 87}))
print("a\tb\nc".translate(str.maketrans("\t\n", "  ")))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdd-é".translate(t), "".translate(t))
print(sorted(str.maketrans({"a": "1", 98: None, "é": 233}).items()))
print("é€x".translate({ord("€"): "EUR", ord("é"): 0x1F600}))
print("abc".translate([None, "x"] * 50))
class Table:
    def __getitem__(self, k):
        if k == ord("b"):
            raise IndexError(k)
        return k + 1
print("abc".translate(Table()))
print("x".maketrans("a", "b"))
for bad in (lambda: "a".translate({97: 2**30}), lambda: "a".translate({97: -1}),
            lambda: "a".translate({97: 1.5}), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans([1]), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"),
            lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Boom:
    def __getitem__(self, k):
        raise RuntimeError("boom")
try:
    "a".translate(Boom())
except RuntimeError as e:
    print("RuntimeError", e)
