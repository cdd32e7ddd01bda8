# __repr__ and __str__.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b = Both()
print(b)
print(str(b), repr(b))
print([b], (b,), {"k": b})
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s)
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(f"{b} {b!r}")
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
