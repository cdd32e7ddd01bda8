# List comprehensions with one or more for and optional if clauses.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in "ab" for y in "cd"])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "hey" if c != "e"])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([x for x in []], [0 for _ in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
n = 3
print([i * n for i in range(n)])
def f(k):
    return [i + k for i in range(3) if i != k]
print(f(1))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
