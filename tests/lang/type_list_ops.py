# list operators, comparison, nesting, indexing errors.
a = [1, 2]
b = a + [3]
print(a, b, a * 3, [] * 5, [[0]] * 2)
shared = [[0]] * 2
shared[0].append(1)
print(shared)
print(a == [1, 2], a < [1, 3], [2] > [1, 9], [] < [0], [1, 2] == (1, 2))
print(len([]), len([[], []]), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
c = list(a)
c.append(9)
print(a, c)
a[0] = "changed"
print(a)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a[-3]
except IndexError as e:
    print("IndexError:", e)
print(a[-2], a[-1])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
print(str([None, True, 1.0, "s", b"b", (1,), {}]))
