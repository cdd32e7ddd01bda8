# for over every iterable kind in the subset.
for x in [1, 2]: print("list", x)
for x in (3, 4): print("tuple", x)
for c in "hé": print("str", c)
for b in b"AB": print("bytes", b)
for i in range(2): print("range", i)
for i in range(5, 0, -2): print("range step", i)
d = {"a": 1, "b": 2}
for k in d: print("dict", k)
for k in d.keys(): print("keys", k)
for v in d.values(): print("values", v)
for k, v in d.items(): print("items", k, v)
for x in []: print("never")
else: print("else after empty loop")
for x in range(3):
    if x == 1:
        continue
    print("continue test", x)
else:
    print("else after full loop")
for x in range(10):
    if x == 2:
        break
else:
    print("not printed")
print("after break x =", x)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end="; ")
print()
total = 0
for n in range(101):
    total += n
print(total)
