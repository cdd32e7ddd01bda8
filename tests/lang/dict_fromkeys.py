print(dict.fromkeys("abca"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), []))
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d)
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
r = D.fromkeys("ab", 5)
print(type(r).__name__, r)
print(dict.fromkeys(()))
for bad in (lambda: dict.fromkeys(3), lambda: dict.fromkeys([[1]])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def gen():
    yield 1
    raise ValueError("stop here")
try:
    dict.fromkeys(gen())
except ValueError as e:
    print("ValueError", e)
