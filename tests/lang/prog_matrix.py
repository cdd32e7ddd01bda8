# Nested lists as matrices: multiply, transpose, identity, pretty-print.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([("%" + str(width) + "d") % v for v in row]))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
print(matmul(A, identity(3)) == A)
F = [[1, 1], [1, 0]]
R = identity(2)
for i in range(90):
    R = matmul(R, F)
print(R[0][1])
M = [[0.5, 0.25], [0.125, 2.0]]
print(matmul(M, M))
