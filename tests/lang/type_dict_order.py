# dicts keep insertion order, also after deletion and re-insertion.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
print(d)
d["a"] = "back"
print(d)
d["z"] = "updated in place"
print(d, list(d))
d.pop("m")
d["m"] = 2
print(list(d.keys()))
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:8], list(big)[-3:])
for i in range(0, 10, 2):
    big[i] = "re"
print(list(big)[-5:])
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
u = {}
u.update([("b", 1), ("a", 2)])
u.update({"c": 3, "b": 4})
print(u)
