# type and isinstance.
class A:
    pass
class B(A):
    pass
b = B()
for v in [1, 1.0, "s", b"b", True, None, [], (), {}, range(1), b, A, len]:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float), isinstance("s", str))
print(isinstance(True, int), isinstance(True, bool), isinstance(0, bool))
print(isinstance(b, B), isinstance(b, A), isinstance(A(), B))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(b"", bytes))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError), isinstance(Exception(), ValueError))
print(isinstance(A, type), isinstance(int, type), isinstance(len, type))
print(type(b) is B, type(b) == A, type(type(b)).__name__)
print(type(5)("12") + 1, type("")(42))
print(isinstance(None, type(None)))
