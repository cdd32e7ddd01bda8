# Comparisons, including chaining and mixed types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1, 2 > 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 1)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 6 > 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls = []
print(v(1) < v(2) < v(3), calls)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [1] == [1.0])
print((1, 2) == (1, 2), [1, 2] != [2, 1], {"a": 1} == {"a": 1}, {"a": 1} == {"a": 2})
print(True == 1, False == 0, None == None, None == 0, "1" == 1)
print(b"a" < b"b", b"ab" == b"ab")
print(1.5 > 1, -1 < -0.5, 2 ** 62 > 2.0 ** 61)
print(float("inf") > 9223372036854775807, float("nan") == float("nan"))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
