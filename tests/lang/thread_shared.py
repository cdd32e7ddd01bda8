# The GIL invariant: many threads mutating the same containers without a
# lock leave every reference count and every container consistent
# (list.append and dict stores are atomic under the GIL; the exit-time
# leak check verifies each object was freed exactly once).
import threading

shared = []
table = {}
N = 3000

def churn(k):
    for i in range(N):
        shared.append((k, i))
        table[(k, i % 50)] = [i] * 3
        if i % 7 == 0:
            s = "x" * (i % 13)
            table[s] = s

threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print(len(table))
seen = {}
total = 0
for k, i in shared:
    seen[k] = seen.get(k, 0) + 1
    total += i
print(sorted(seen.items()))
print([shared.count((k, N - 1)) for k in range(4)])
print(total)
