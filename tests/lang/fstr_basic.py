# f-strings: expressions, conversions, escapes.
name = "world"
n = 42
lst = [1, 2, 3]
d = {"k": "v"}
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name!r} {name!s}")
print(f"{lst} {lst[0]} {lst[-1]}")
print(f"{d['k']}")
print(f"{{literal braces}} {n}")
print(f"{name.upper()} {len(name)}")
print(F"capital F {n}")
print(f"{n}{n}{n}")
print(f"")
print(f"{'nested quotes'}")
print(f"{3 if n > 40 else 4}")
print(f"{None} {True} {1.5}")
print(f"""triple {name}
second line {n}""")
print(f"{'a' + 'b'!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
