# Slice assignment and slice deletion on lists.
m = list(range(6))
m[1:3] = ["x", "y", "z"]
print(m)
m[::2] = [0, 0, 0, 0][:len(m[::2])]
print(m)
del m[1:3]
print(m)
m[:] = []
print(m)
n = [1, 2, 3, 4]
n[1:1] = [9]
print(n)
n[-1:] = []
print(n)
try:
    n[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
