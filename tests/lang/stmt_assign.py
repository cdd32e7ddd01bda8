# Assignment: chained, tuple unpacking, subscript and attribute targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "uv"
print(u, v)
lst = [0, 0, 0]
lst[0] = 10
lst[-1] = 30
print(lst)
d = {}
d["a"] = 1
d["b"] = d["a"] + 1
print(d)
class Obj:
    pass
o = Obj()
o.attr = "set"
o.other = o.attr * 2
print(o.attr, o.other)
lst[1], d["c"], o.z = "L", "D", "O"
print(lst, d, o.z)
i = 0
lst2 = [7, 8]
i, lst2[i] = 1, 99
print(i, lst2)
m = n = lst3 = None
print(m, n, lst3)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
first, second, third = range(3)
print(first, second, third)
