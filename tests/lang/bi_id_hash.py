# id and hash: identities and equalities, not their values.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == 1, hash(0), hash(-5), hash(True), hash(False), hash(1) == hash(1.0))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), type(hash("x")).__name__)
print(hash(None) == hash(None), hash(b"x") == hash(b"x"))
class K:
    pass
k = K()
print(hash(k) == hash(k), id(k) == id(k))
for bad in [[1], {}, ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
