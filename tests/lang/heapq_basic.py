# heapq: push/pop order, heapify, replace/pushpop, nsmallest/nlargest (with key), merge, tuples as priorities.
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]: heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
x = [9, 4, 7, 1, 3, 8]; heapq.heapify(x); print(x[0], heapq.heapreplace(x, 6), heapq.heappushpop(x, 0))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
h = []
for p, t in [(2, "b"), (1, "a"), (2, "a"), (0, "z")]: heapq.heappush(h, (p, t))
print([heapq.heappop(h) for _ in range(4)])
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
