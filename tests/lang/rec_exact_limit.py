# The recursion limit is CPython's 1000 frames, counting the module's own frame:
# depth(1) starts at depth 2, so depth(999) is the last call that can start.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(1))
def via_method_depth():
    class R:
        def go(self, n):
            try:
                return self.go(n + 1)
            except RecursionError:
                return n
    return R().go(2)
print(via_method_depth())
print(depth(500))
