# Augmented assignment on names, subscripts, attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x += 1
x **= 3; print(x)
x /= 2; print(x)
y = 6
y <<= 2; print(y)
y >>= 1; print(y)
y &= 7; print(y)
y |= 8; print(y)
y ^= 3; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"n": 1}
d["n"] += 10
print(d)
class C:
    pass
c = C()
c.v = 1
c.v += 1
c.v *= 5
print(c.v)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
