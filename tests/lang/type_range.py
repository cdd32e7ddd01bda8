# range objects.
print(range(5), range(1, 5), range(0, 10, 3), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(0)))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(range(10, 0, -3)))
r = range(10, 20, 2)
print(r[0], r[-1], r[2], 14 in r, 15 in r, r[1:3], type(r).__name__)
print(range(3) == range(3), range(0) == range(5, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
big = range(0, 9223372036854775807, 1000000)
print(len(big), big[-1])
for i in range(-3, 3):
    print(i, end=" ")
print()
