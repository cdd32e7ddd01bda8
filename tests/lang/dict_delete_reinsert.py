# A dict whose newest key is deleted and replaced again and again, or
# emptied by popitem, keeps working: deleting from the end hands entries
# back, but the hash table still needs rebuilding once its slots are spent
# (a probe for a missing key must meet an empty slot).
import collections

d = {}
for i in range(50000):
    d[i] = i
    del d[i]
print(len(d), 7 in d, d.get(49999))

d = {"keep": 0}
for i in range(50000):
    d["k%d" % i] = i
    d.popitem()
print(d)

d = dict.fromkeys(range(3000))
popped = [d.popitem()[0] for _ in range(3000)]
print(popped[:3], popped[-3:], d)

o = collections.OrderedDict((i, i) for i in range(10))
for i in range(30000):
    o[i + 10] = i
    o.move_to_end(i + 10, last=False)
    o.popitem()
print(len(o), list(o)[:3], list(o)[-3:])
