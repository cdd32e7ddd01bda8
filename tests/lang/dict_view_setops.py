# keys() and items() views are set-like: set operators, comparisons with
# sets and views, and isdisjoint, as CPython's (values() is not).
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k, ek = d.keys(), e.keys()
print(sorted(k & ek), sorted(k | ek), sorted(k - ek), sorted(k ^ ek))
print(sorted(k & {"a", "z"}), sorted({"a", "z"} & k), sorted({"a", "z"} - k), sorted(["c", "q"] | k))
print(sorted(k - ["a"]), sorted(("a", "x") - k), type(k & ek).__name__, type({"a"} | k).__name__)
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() ^ {("a", 1), ("z", 0)}))
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k == ["a", "b", "c"], k == frozenset("abc"))
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, k > {"a", "b", "c"}, {"a"} < k)
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.items() <= e.items(), {("c", 3)} < d.items())
print(k.isdisjoint(["x", "y"]), k.isdisjoint("a"), d.items().isdisjoint([("a", 1)]), k.isdisjoint(iter([])))
print(dict.fromkeys("ab").keys() == dict.fromkeys("ba").keys(), d.keys() == e.keys())
s = set(k)
s &= ek
print(sorted(s))
for f in (lambda: k & 1, lambda: d.values() & {1}, lambda: k.isdisjoint(3), lambda: d.keys() < 3):
    try:
        f()
    except TypeError as err:
        print("TypeError", err)
# Unhashable items in the other operand fail as set() would.
try:
    d.keys() & [["a"]]
except TypeError as err:
    print("TypeError", err)
