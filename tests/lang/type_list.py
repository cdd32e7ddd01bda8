# list methods.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.extend(range(2)); print(l)
l.insert(0, "first"); print(l)
l.insert(-1, "before-last"); print(l)
l.insert(100, "end"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.index(4))
l.reverse(); print(l)
n = [5, 2, 8, 1, 9]
n.sort(); print(n)
n.sort(reverse=True); print(n)
w = ["bb", "a", "ccc", "dd"]
w.sort(key=len); print(w)
w.sort(key=len, reverse=True); print(w)
print(n.append(0), n.sort(), n.reverse())
print(n)
e = []
e.append(e is e)
print(e, len(e))
x = [1, 2]
y = x
y.append(3)
print(x, x is y)
