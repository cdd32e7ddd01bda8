# dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.pop("zz", "default"))
d.update({"c": 3, "b": 20})
print(d)
d.update([("e", 5)])
print(d)
print(d.setdefault("b", 0), d.setdefault("new", []), d)
d.setdefault("new", []).append(1)
print(d["new"])
print(len(d), "c" in d, "zz" in d, d == {"b": 20, "c": 3, "e": 5, "new": [1]})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(dict(), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict(a=1))
keys = d.keys()
d["late"] = 0
print(list(keys)[-1], len(keys))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
