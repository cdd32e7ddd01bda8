# A class with __index__ stands for an int wherever a sequence position,
# slice bound, count or integer argument is expected (operator.index).
import collections
import itertools
import operator
import struct

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

one, two, neg = Idx(1), Idx(2), Idx(-1)
print([10, 20, 30][two], (10, 20, 30)[neg], "abc"[one], b"abc"[two], bytearray(b"xyz")[one])
print(range(10)[two], range(5, 50, 5)[neg], memoryview(b"abc")[one], collections.deque("abc")[two])
print([0, 1, 2, 3, 4][one:neg], "abcdef"[::two], (1, 2, 3)[Idx(-2):], range(10)[one:Idx(8):two])
print(range(10)[1:8:2], range(0, 20, 3)[1:6:2], range(10)[8:1:-2], range(10)[::-1], range(3)[5:9])
print(slice(one, Idx(4), two).indices(10), list(itertools.islice("abcdef", one, Idx(5), two)))
print(range(two), range(one, Idx(7), two), list(range(Idx(5), 0, neg)))
print("ab" * two, two * "ab", [0] * two, (1,) * two, b"x" * two, bytearray(b"y") * two)
s = [1, 2]
s *= two
print(s, hex(Idx(255)), bin(two), oct(Idx(8)), operator.index(two))
l = [1, 2, 3, 4]
l[one] = "x"
del l[neg]
l.insert(one, "i")
print(l, l.pop(two), l)
print(bytes(two), bytearray(Idx(3)), struct.pack("<hB", Idx(-3), two))

# An int subclass is already an int; True is 1.
class MyInt(int):
    pass
print("abc"[MyInt(1)], [1, 2][True], range(10)[MyInt(2):MyInt(6):True])

# __index__ must return an int; objects without it keep their own errors.
class Bad:
    def __index__(self):
        return "2"
for f in (lambda: [1, 2][Bad()], lambda: "ab" * Bad(), lambda: range(Bad()), lambda: operator.index(1.5)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
fl, nothing = 1.0, None
for f in (lambda: [1][fl], lambda: [1, 2][fl:], lambda: [1, 2][nothing:fl], lambda: "x" * 1.5,
          lambda: bytes(Idx(-1))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [1, 2][Idx(2 ** 70)]
except IndexError as e:
    print("IndexError", e)
