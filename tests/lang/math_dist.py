# math.dist: Euclidean distance between two points of equal dimension.
import math

print(math.dist((0, 0), (3, 4)), math.dist([1, 2], [4, 6]), math.dist((1.5,), (-2,)))
print(math.dist((), ()), math.dist((True, 2), (0, 2)), math.dist(iter([1, 1]), (4, 5)))
print(math.dist((1, 2, 3), (1, 2, 3)), math.dist((0, 0, 0), (2, 3, 6)))
print(math.dist((float("inf"), 0), (0, float("nan"))), math.dist((float("nan"),), (1,)))
print(math.dist((1e308, 1e308), (-1e308, -1e308)))
print(math.dist((1e-320, 0), (0, 0)) > 0)
for p, q in (((1, 2), (3,)), ((), (1,)), ((3,), (1, 2, 3))):
    try:
        math.dist(p, q)
    except ValueError as e:
        print("ValueError", e)
for p, q in ((1, 2), ((1, "a"), (2, 3)), ((1,), None)):
    try:
        math.dist(p, q)
    except TypeError as e:
        print("TypeError", e)
for args in ((), ((1,),), ((1,), (2,), (3,))):
    try:
        math.dist(*args)
    except TypeError as e:
        print("TypeError", e)
