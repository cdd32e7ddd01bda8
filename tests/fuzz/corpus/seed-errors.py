# Errors raised and caught at every kind of boundary.
import sys
for thunk in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"),
              lambda: None.attr, lambda: undefined_name, lambda: "a" + 1,
              lambda: sys.exit(3), lambda: next(iter([])), lambda: hash([]),
              lambda: (1,)[2:1][0], lambda: chr(-1), lambda: f(*1)):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, e)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion", e)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
