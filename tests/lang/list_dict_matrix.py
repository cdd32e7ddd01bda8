# list and dict methods over edge arguments (negative and out-of-range indices, empty containers).
for idx in [-10, -3, -1, 0, 1, 2, 3, 10]:
    l = [0, 1, 2]
    l.insert(idx, "x")
    p = [0, 1, 2]
    try:
        got = p.pop(idx)
    except IndexError as e:
        got = "IndexError: " + str(e)
    s = [0, 1, 2]
    try:
        v = s[idx]
    except IndexError as e:
        v = "IndexError"
    print(idx, l, got, p, v, [0, 1, 2][idx:], [0, 1, 2][:idx])
l = [3, 1, 3, 2, 3]
l.remove(3); print(l)
print(l.index(3), l.index(2))
l.reverse(); print(l)
l.sort(key=lambda v: -v); print(l)
l.extend([]); l.extend(l); print(l, len(l))
e = []
e.reverse(); e.sort(); print(e, e[:], e[::-1], e * 3)
d = {}
print(d.get(1), d.pop(1, None), d.setdefault(1, "one"), d.setdefault(1, "uno"), d)
d.update({}); d.update([]); d.update({2: "two"}); print(d, list(d.keys()), list(d.values()))
for k in [1, 2, 3]:
    print(k, k in d, d.get(k, "-"), d.pop(k, "absent"), len(d))
n = {}
for i in range(10):
    n[i % 3] = n.get(i % 3, 0) + i
print(n, sorted(n.items(), key=lambda kv: kv[1]))
print(dict([(1, 2), (1, 3)]), dict([]), list({}.items()), list(dict(a=1).items()))
