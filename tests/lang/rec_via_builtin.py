# Recursion that passes through builtins (key functions, __repr__, __init__)
# still ends in RecursionError, never a crash.
def via_sorted(n):
    return sorted([1, 2], key=lambda x: via_sorted(n + 1))
try:
    via_sorted(0)
except RecursionError:
    print("sorted key: RecursionError")
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("__repr__: RecursionError")
class Builder:
    def __init__(self, n):
        self.child = Builder(n + 1)
try:
    Builder(0)
except RecursionError:
    print("__init__: RecursionError")
def via_max(n):
    return max([n], key=lambda v: via_max(v + 1))
try:
    via_max(0)
except RecursionError:
    print("max key: RecursionError")
print("end")
