# json.dumps/dump: separators, indent (int and str), sort_keys, ensure_ascii
# escapes (control characters, surrogate pairs), floats by repr, NaN and
# allow_nan, key conversion and skipkeys, default=, JSONEncoder subclasses,
# circular references, tuples, int/float subclasses, dump to a file.
import json
import io

print(json.dumps([1, 2.5, "x", None, True, False, {"a": [], "b": {}}]))
print(json.dumps({"b": 1, "a": [1, (2, 3)]}, sort_keys=True))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, indent=2))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps({"k": [1, 2]}, separators=(",", ":")))
print(json.dumps({"k": [1, 2]}, indent=1, separators=(" ,", " = ")))
print(json.dumps("a\"b\\c\n\r\t\b\f\x00\x1f\x7f é € 😀"))
print(json.dumps("a\"b\\c\n\x01\x7f é € 😀", ensure_ascii=False))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps([0.1, 1e16, 1e-7, -0.0, 1.0, 3.141592653589793, 2**70, -5]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for bad in (float("nan"), [float("inf")], {"x": float("-inf")}):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "s"}))
print(json.dumps({float("inf"): 1, 10**20: 2}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"p": Point(3, 4), "s": {3, 1, 2}}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
print(list(json.JSONEncoder().iterencode({"a": [1]})) and "".join(json.JSONEncoder().iterencode({"a": [1]})))
try:
    json.dumps(bytes(2), cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)

loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))


class Selfish:
    pass


try:
    json.dumps(Selfish(), default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)


class MyInt(int):
    def __repr__(self):
        return "nope"


class MyFloat(float):
    def __repr__(self):
        return "nope"


class MyStr(str):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(7), MyFloat(0.5), MyStr("s"), MyDict(a=1), True, 1 == 1]))
print(json.dumps("plain"), json.dumps(None), json.dumps(12), json.dumps(()))
buf = io.StringIO()
json.dump({"rows": [[1, 2], [3, 4]], "name": "run"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
