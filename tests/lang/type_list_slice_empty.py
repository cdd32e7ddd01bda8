# Slice assignment to and from empty lists, whole and partial.
a = []
a[:] = []
print(a)
a[:] = [1, 2]
print(a)
a[2:] = []
print(a)
a[:0] = []
print(a)
b = []
b[0:0] = [3]
print(b)
b[:] = [x for x in b if x > 5]
print(b, len(b))
b[:] = []
print(b)
