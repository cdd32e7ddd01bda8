# Large sets: 100k items through every growth step, set algebra on them,
# a frozenset's hash over all of them, and emptying by pop and discard.
N = 100000
s = set()
for i in range(N):
    s.add(i * 7)
print(len(s), sum(s), 7 * (N - 1) in s, 3 in s)
t = set(range(0, 7 * N, 2))
print(len(s | t), len(s & t), len(s - t), len(t - s), len(s ^ t))
print(s <= s | t, (s & t) < s, s.isdisjoint(t), s.issuperset(s & t))
f = frozenset(s)
print(hash(f), hash(frozenset(range(N))), hash(frozenset(range(-N, 0))))
print(list(f)[:10], list(set(range(N, 0, -1)))[:10])
strs = {str(i) for i in range(N)}
print(len(strs), "99999" in strs, "100000" in strs)
u = set(range(N))
for i in range(0, N, 2):
    u.discard(i)
print(len(u), min(u), max(u), sum(u))
n = 0
while u:
    u.pop()
    n += 1
print(n, u)
big = {(i, i % 10) for i in range(N)}
print(len(big), (5, 5) in big, (5, 6) in big)
s.clear()
print(len(s), s)
