# Augmented assignment and global quirks: t[1] += [3] mutates then raises; += on a shared list; globals from a class body.
x = 10
def f():
    global x
    x += 1
    return x
class K:
    y = f()
    z = [f() for _ in range(2)]
print(x, K.y, K.z)
def g():
    global newname
    newname = "made"
    del newname
    try:
        return newname
    except NameError as e:
        return str(e)
print(g())
lst = []
def h(n):
    if n:
        lst.append(n)
        h(n - 1)
        lst.append(-n)
h(3)
print(lst)
a = b = []
a += [1]
print(a is b, b)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "x"
for i in range(3):
    s += s
print(s, len(s))
