# sys.intern gives the one str for a value: the same object the compiler made
# for an equal name or constant, and a built-up string maps to it; only exact
# str is accepted, with CPython's messages.
import sys
class S(str):
    pass
for x in (1, S('a'), b'a'):
    try:
        sys.intern(x)
    except TypeError as e:
        print(e)
a = 'hello_world'
print(sys.intern(''.join(['hello', '_world'])) is a)
b = ''.join(['x', 'y', ' z!'])
c = ''.join(['x', 'y', ' z!'])
print(b is c, sys.intern(b) is sys.intern(c), sys.intern(b) == b)
n = ''.join(['a', '\x00', 'b'])
m = sys.intern(n)
print(m == n, len(m), sys.intern('a\x00b') is m, sys.intern('a') is not m)
u = sys.intern('é' * 3)
print(u, sys.intern(''.join(['é'] * 3)) is u)
d = {sys.intern(b): 1}
print(d[c])
try:
    sys.intern()
except TypeError as e:
    print(type(e).__name__)
