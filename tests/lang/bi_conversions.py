# str, repr, int, float, bool, list, tuple, dict constructors.
print(str(5), str(-1.5), str("s"), str([1]), str(), repr("s"), repr(5), repr([1, "a"]))
print(int(), int("7"), int(" -3 "), int(2.7), int("0012"), float(), float("3"), float(2))
print(bool(), bool(3), bool([]), list(), list("ab"), list((1, 2)), list({"a": 1, "b": 2}))
print(tuple(), tuple([1, 2]), tuple("xy"), dict(), dict([(1, 2)]), dict({"a": 1}))
x = [1, 2]
y = list(x)
print(y == x, y is x)
print(list(range(3)), list(b"ab"), list({"k": "v"}.items()))
print(tuple(list(tuple([1]))))
print(str(str), str(int) == "<class 'int'>")
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError")
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError")
