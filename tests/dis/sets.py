# Set displays, comprehensions and unpacking (BUILD_SET, SET_ADD,
# BUILD_SET_UNPACK), and 3.8's folding of a constant set being iterated
# into a frozenset constant, merged with an equal one.
a, b = [1], (2,)
s = {1, 2, 3}
t = {a[0], 2, *b, *a}
e = {x for x in a if x in {1, 2}}
print(3 in {3, 1, 1.0, 2}, 3 not in {1, 2, 3}, 2 in {a[0], 2}, 1 in {*a})
for i in {5, 4, 9, 17}:
    print(i)
print([j for j in {0.5, (1, 2), 3} if j])
