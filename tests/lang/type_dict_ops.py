# dict lookups, errors, keys of several types, equality.
d = {1: "one", "two": 2, (3, 4): "tuple", None: "none", 2.5: "float", b"by": "bytes"}
print(d[1], d["two"], d[(3, 4)], d[None], d[2.5], d[b"by"])
print(d[1.0], d[True])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
print(len({}), bool({}), bool({0: 0}))
e = {}
e["x"] = e.get("x", 0) + 1
e["x"] += 1
print(e)
print(str({"s": "v", 1: [1]}), repr({}))
n = {"outer": {"inner": {"leaf": 1}}}
n["outer"]["inner"]["leaf"] += 1
print(n)
for k in {"only": 1}:
    print("iterating gives keys:", k)
try:
    for k in d:
        d["added during iteration"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
