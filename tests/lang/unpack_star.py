# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
x, *empty, y = (1, 2)
print(x, empty, y)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
