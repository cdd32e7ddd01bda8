# ==, <, <=, in and truth across the built-in types; TypeError by name where ordering is undefined.
vals = [0, 1, -1, 2.5, True, False, None, "", "a", "b", b"a", [], [1], [1, 2], (), (1,), (1, 2), {}, {"a": 1}, range(0), range(2)]
names = [repr(v) for v in vals]
for i in range(len(vals)):
    a = vals[i]
    eq = "".join(["=" if a == b else "." for b in vals])
    lt = ""
    for b in vals:
        try:
            lt += "<" if a < b else ("=" if a <= b else ">")
        except TypeError:
            lt += "x"
    print("%-10s %s %s %s" % (names[i], eq, lt, "T" if a else "F"))
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
print([1, [2, 3]] == [1, [2, 3]], (1, (2,)) < (1, (3,)), [[1], [2]] < [[1], [1, 5]])
print(1 in [1.0], 1.0 in (1,), "a" in ["a"], None in [None], [] in [[]], (1,) in {(1,): 0})
