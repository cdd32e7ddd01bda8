# str, bytes and tuple subclasses: immutable values from __new__; the
# base's methods return plain values.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
n.kind = "first"
print(n, repr(n), n.shout(), n.kind, len(n), n[0], n[1:], type(n).__name__, isinstance(n, str))
for r in (n.upper(), n + "x", "x" + n, n * 2, n.strip(), n.replace("a", "o"), n[0:3], str(n), "%s" % n, f"{n}", n.title()):
    print(repr(r), type(r).__name__, end="; ")
print()
print(n == "ada", "ada" == n, n < "b", hash(n) == hash("ada"), {"ada": 1}[n], {n: 2}["ada"], "d" in n, list(n))
print(" ".join([n, n]), n.split("d"), n.startswith("a"), sorted([Name("b"), Name("a")]), n.encode())


class Tagged(str):
    def __new__(cls, text, tag):
        self = super().__new__(cls, text.strip())
        self.tag = tag
        return self

    def __repr__(self):
        return "<%s:%s>" % (self.tag, str.__str__(self))

    def __len__(self):
        return 99


t = Tagged("  hi  ", "greet")
print(t, repr(t), [t], len(t), str.__len__(t), t.tag, t + "!", print is not None)


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01ab")
print(b, len(b), b[0], b[1:], type(b[1:]).__name__, b.hexed(), b + b"c", b == b"\x01ab", b.decode("ascii"), Blob([65, 66]))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self


p = Point(1, 2)
x, y = p
print(p, p.x, p.y, x, y, len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
print(p[0], p[::-1], type(p[::-1]).__name__, list(p), 2 in p, p.index(2), p.count(1), sorted({p: "a"}.items()), tuple(p))


class Pair(tuple):
    pass


pr = Pair([[1], [2]])
pr[0].append(pr)
print(len(pr), type(pr[0][1]).__name__, Pair(), Pair("ab"))
