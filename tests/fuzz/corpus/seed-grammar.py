# Grammar corners the tests/lang programs touch little: decorators, starred
# targets, chained comparisons, conditional expressions, walrus, slices,
# keyword-only and positional-only parameters, nested comprehensions.
def deco(f):
    return f

@deco
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(f(1, d=4), f(1, 2, 3, 4, d=0, z=1))
first, *rest = [1, 2, 3]
*init, last = "abc"
(x, (y, z)) = 1, (2, 3)
print(first, rest, init, last, x, y, z, 1 < x <= 2 < 3 != 4)
print([i * j for i in range(3) if i for j in range(i) if j != i])
print({k: v for k, v in zip("ab", (1, 2))}, [c for c in "hello"])
print(list([g for g in range(5) if g % 2]))
print((n := 10) + n, "yes" if n else "no", [1, 2, 3][::-1], "abcdef"[1:-1:2])
s = [0] * 6
s[1:3] = [7, 8]
del s[::2]
print(s, not s, -~x, x ** -1, 7 // -2, -7 % 3, 1 if 0 else 2 if 0 else 3)
lam = lambda *a, k=1, **kw: (a, k, kw)
print(lam(1, 2, k=3, q=4), f"{x!r:>5}{y:{z}}", b"a\x00b", r"\n", '''tri
ple''', 0x1F, 0o17, 0b101, 1_000_000, 1e-3, 2.5e3 if False else 0)
