a = b = c = 0
x, y = 1, 2
x, y = y, x
p, q, r = r, p, q
first, *rest = [1, 2, 3]
*init, last = x, y
items = {}
items["k"] = x
items[x], items[y] = y, x
obj.attr = 5
obj.a.b = obj.c
(m, n), o = (1, 2), 3
