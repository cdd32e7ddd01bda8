# Code-point indexing of non-ASCII strs: s[i], slices, find/index/count
# positions and re spans agree with CPython at every offset, across the
# boundaries of the offset table a long str keeps (1- to 4-byte characters,
# lengths on both sides of a multiple of 32), and str subclasses copy none of it.
import re

alphabet = ["a", "é", "€", "𝄞"]
for n in [31, 32, 33, 63, 64, 65, 100, 257]:
    s = "".join(alphabet[(i * 7 + i // 3) % 4] for i in range(n))
    codes = [ord(s[i]) for i in range(len(s))]
    assert codes == [ord(c) for c in s], n
    assert [s[-i - 1] for i in range(n)] == list(reversed(s)), n
    assert all(s[i:j] == "".join(list(s)[i:j]) for i in range(0, n, 5) for j in range(i, n + 1, 7)), n
    assert s[::3] == "".join(list(s)[::3]) and s[::-2] == "".join(list(s)[::-2]), n
    positions = [i for i, c in enumerate(s) if c == "𝄞"]
    found, p = [], s.find("𝄞")
    while p >= 0:
        found.append(p)
        p = s.find("𝄞", p + 1)
    assert found == positions, n
    assert [m.start() for m in re.finditer("𝄞", s)] == positions, n
    assert s.rfind("€") == max(i for i, c in enumerate(s) if c == "€"), n
    assert s.count("é", 10, n - 3) == list(s)[10:n - 3].count("é"), n
    print(n, len(s.encode()), sum(codes) % 100003, positions[:3], s.index("€", n // 2))

long = "".join("ligne é %d\n" % i for i in range(3000))
lines = long.splitlines()
print(len(lines), lines[1234], long.find("é 2999"), long[long.rfind("ligne"):].strip())
m = re.search(r"é (\d+)\n$", long)
print(m.span(), m.group(1), long[m.start():m.end()] == m.group(0))

class S(str):
    pass
t = S("ü" * 40 + "x")
print(t[39], t[40], t[35:41], len(t), str(t).find("x"), t.index("x"))
u = S(t)
print(u[40], u[0:2], type(u).__name__)
