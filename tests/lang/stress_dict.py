# Dict churn: many inserts, deletes and re-inserts; contents and order checked.
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
d = {}
shadow_keys = []
for step in range(6000):
    r = rnd() % 1000
    k = "k" + str(r) if r % 2 else r
    if rnd() % 3 == 0:
        if k in d:
            del d[k]
            shadow_keys.remove(k)
    else:
        if k not in d:
            shadow_keys.append(k)
        d[k] = step
print(len(d), len(shadow_keys), list(d) == shadow_keys)
total = 0
for k in d:
    total += d[k]
print(total)
print(list(d.items())[:5])
print(list(d.keys())[-5:])
keys = list(d)
for k in keys[::2]:
    d.pop(k)
print(len(d), list(d)[:5])
for k in keys[::2]:
    d[k] = -1
print(list(d)[-5:], d.get(keys[0]), d.get("absent", "none"))
big = {}
for i in range(50000):
    big[i] = i * 2
for i in range(0, 50000, 3):
    del big[i]
print(len(big), big[49999], sum(big.values()) % 1000003)
