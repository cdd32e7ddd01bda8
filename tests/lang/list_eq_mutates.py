# An item's __eq__ that grows, shrinks or clears the list being searched or
# compared: count, index, == and < read the list as it is at each step, as
# CPython's do, so the answers are python3's (and nothing reads freed memory).
class Grow:
    def __eq__(self, other):
        if len(G) < 64:
            G.extend([Grow(), Grow()])
        return False

G = [Grow()]
print(G.count(0), len(G))
print(G.index(G[-1]) == len(G) - 1)
print((Grow(), 1) == (Grow(), 2), [Grow()] == [Grow()])

class Clear:
    def __eq__(self, other):
        L.clear()
        return False

L = [Clear(), Clear()]
print(L < [Clear(), Clear(), 3], L, L.count(Clear()))
L = [Clear(), 5]
print(L == [Clear(), 5], L)
L = [1, Clear(), 2]
print(L.index(2) if 2 in L else "gone", L)
