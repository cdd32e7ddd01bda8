# Tuple and list unpacking, nested, in for loops, and the errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = [1, 2], 3
print(p, q, r)
[m, (n, o)] = ("M", ("N", "O"))
print(m, n, o)
c1, c2, c3 = "abc"
print(c1, c2, c3)
k, v = {"key": 1, "val": 2}
print(k, v)
for (i, j), s in [((1, 2), "x"), ((3, 4), "y")]:
    print(i + j, s)
a = b = c = 0
a, b, c = c, a + 1, b + 2
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f, g = (1, 2)
except ValueError as err:
    print("ValueError:", err)
try:
    e, f = 5
except TypeError as err:
    print("TypeError:", err)
t = 1,
print(t)
single, = [42]
print(single)
