# `in`/`not in` for every container; `is`/`is not`.
print(2 in [1, 2, 3], 4 not in [1, 2, 3])
print(2 in (1, 2), "x" in ("a", "b"))
print("ell" in "hello", "" in "abc", "z" not in "abc", "lo" in "hel")
print(b"bc" in b"abc", 98 in b"abc")
print("k" in {"k": 1}, 1 in {"k": 1}, "v" in {"k": "v"}.values())
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(-5, 0))
print(1.0 in [1], True in [1], None in [0, None])
d = {"a": 1}
print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items())
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, None is not None)
x = None
print(x is None, x is not None)
t = True
print(t is True, (1 == 1) is True, not t is False)
print(type(1) is int, type("") is str, type([]) is list, type(None) is type(None))
class A:
    pass
o = A()
print(o is o, A() is A(), type(o) is A)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
